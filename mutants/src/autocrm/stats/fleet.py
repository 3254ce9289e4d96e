"""Big-customer (大客户) tables of seed 004 (provisional API).

Seed 004 classes big customers A (core), B (key) and C (watch) and reports two
tables, which :func:`fleet_table` and :func:`service_table` rebuild from
:class:`~autocrm.domain.FleetAccount` records:

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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__accounts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__accounts__mutmut)
def _accounts(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_orig(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_1(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = None
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_2(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(None)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_3(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = None
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_4(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_5(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = None
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_6(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(None).__name__}"
            raise InvalidFormat(msg, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_7(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(None, field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_8(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field=None, value=candidate)
    return accounts


def x__accounts__mutmut_9(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", value=None)
    return accounts


def x__accounts__mutmut_10(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(field="accounts", value=candidate)
    return accounts


def x__accounts__mutmut_11(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, value=candidate)
    return accounts


def x__accounts__mutmut_12(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="accounts", )
    return accounts


def x__accounts__mutmut_13(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="XXaccountsXX", value=candidate)
    return accounts


def x__accounts__mutmut_14(items: Iterable[FleetAccount]) -> list[FleetAccount]:
    accounts = list(items)
    for item in accounts:
        candidate: object = item
        if not isinstance(candidate, FleetAccount):
            msg = f"accounts: expected FleetAccount objects, got {type(candidate).__name__}"
            raise InvalidFormat(msg, field="ACCOUNTS", value=candidate)
    return accounts

mutants_x__accounts__mutmut['_mutmut_orig'] = x__accounts__mutmut_orig # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_1'] = x__accounts__mutmut_1 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_2'] = x__accounts__mutmut_2 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_3'] = x__accounts__mutmut_3 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_4'] = x__accounts__mutmut_4 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_5'] = x__accounts__mutmut_5 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_6'] = x__accounts__mutmut_6 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_7'] = x__accounts__mutmut_7 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_8'] = x__accounts__mutmut_8 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_9'] = x__accounts__mutmut_9 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_10'] = x__accounts__mutmut_10 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_11'] = x__accounts__mutmut_11 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_12'] = x__accounts__mutmut_12 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_13'] = x__accounts__mutmut_13 # type: ignore # mutmut generated
mutants_x__accounts__mutmut['x__accounts__mutmut_14'] = x__accounts__mutmut_14 # type: ignore # mutmut generated
mutants_x__render__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__render__mutmut)
def _render(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_orig(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_1(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = None
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_2(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(None) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_3(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(None, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_4(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=None)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_5(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(*rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_6(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_7(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, )]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_8(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=False)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_9(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = None
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_10(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = None
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_11(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(None)
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_12(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].rjust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_13(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[1].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_14(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[1])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_15(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = None
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_16(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(None) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_17(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.ljust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_18(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(None, widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_19(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], None, strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_20(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=None)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_21(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_22(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_23(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], )]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_24(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[2:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_25(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[2:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_26(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=False)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_27(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append(None)
    return "\n".join(lines)


def x__render__mutmut_28(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).lstrip())
    return "\n".join(lines)


def x__render__mutmut_29(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join(None).rstrip())
    return "\n".join(lines)


def x__render__mutmut_30(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("XX  XX".join([first, *rest]).rstrip())
    return "\n".join(lines)


def x__render__mutmut_31(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(None)


def x__render__mutmut_32(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    # First column left-aligned (the class), the numbers right-aligned, two spaces apart.
    widths = [max(len(cell) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = []
    for cells in (headers, *rows):
        first = cells[0].ljust(widths[0])
        rest = [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        lines.append("  ".join([first, *rest]).rstrip())
    return "XX\nXX".join(lines)

mutants_x__render__mutmut['_mutmut_orig'] = x__render__mutmut_orig # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_1'] = x__render__mutmut_1 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_2'] = x__render__mutmut_2 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_3'] = x__render__mutmut_3 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_4'] = x__render__mutmut_4 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_5'] = x__render__mutmut_5 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_6'] = x__render__mutmut_6 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_7'] = x__render__mutmut_7 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_8'] = x__render__mutmut_8 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_9'] = x__render__mutmut_9 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_10'] = x__render__mutmut_10 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_11'] = x__render__mutmut_11 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_12'] = x__render__mutmut_12 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_13'] = x__render__mutmut_13 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_14'] = x__render__mutmut_14 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_15'] = x__render__mutmut_15 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_16'] = x__render__mutmut_16 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_17'] = x__render__mutmut_17 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_18'] = x__render__mutmut_18 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_19'] = x__render__mutmut_19 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_20'] = x__render__mutmut_20 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_21'] = x__render__mutmut_21 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_22'] = x__render__mutmut_22 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_23'] = x__render__mutmut_23 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_24'] = x__render__mutmut_24 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_25'] = x__render__mutmut_25 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_26'] = x__render__mutmut_26 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_27'] = x__render__mutmut_27 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_28'] = x__render__mutmut_28 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_29'] = x__render__mutmut_29 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_30'] = x__render__mutmut_30 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_31'] = x__render__mutmut_31 # type: ignore # mutmut generated
mutants_x__render__mutmut['x__render__mutmut_32'] = x__render__mutmut_32 # type: ignore # mutmut generated
mutants_x__class_name__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__class_name__mutmut)
def _class_name(fleet_class: FleetClass | None) -> str:
    return "total" if fleet_class is None else fleet_class.value


def x__class_name__mutmut_orig(fleet_class: FleetClass | None) -> str:
    return "total" if fleet_class is None else fleet_class.value


def x__class_name__mutmut_1(fleet_class: FleetClass | None) -> str:
    return "total" if (fleet_class is None) and False else fleet_class.value


def x__class_name__mutmut_2(fleet_class: FleetClass | None) -> str:
    return "total" if (fleet_class is None) or True else fleet_class.value


def x__class_name__mutmut_3(fleet_class: FleetClass | None) -> str:
    return "XXtotalXX" if fleet_class is None else fleet_class.value


def x__class_name__mutmut_4(fleet_class: FleetClass | None) -> str:
    return "TOTAL" if fleet_class is None else fleet_class.value


def x__class_name__mutmut_5(fleet_class: FleetClass | None) -> str:
    return "total" if fleet_class is not None else fleet_class.value

mutants_x__class_name__mutmut['_mutmut_orig'] = x__class_name__mutmut_orig # type: ignore # mutmut generated
mutants_x__class_name__mutmut['x__class_name__mutmut_1'] = x__class_name__mutmut_1 # type: ignore # mutmut generated
mutants_x__class_name__mutmut['x__class_name__mutmut_2'] = x__class_name__mutmut_2 # type: ignore # mutmut generated
mutants_x__class_name__mutmut['x__class_name__mutmut_3'] = x__class_name__mutmut_3 # type: ignore # mutmut generated
mutants_x__class_name__mutmut['x__class_name__mutmut_4'] = x__class_name__mutmut_4 # type: ignore # mutmut generated
mutants_x__class_name__mutmut['x__class_name__mutmut_5'] = x__class_name__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁFleetRowǁto_dict__mutmut)
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

    def xǁFleetRowǁto_dict__mutmut_orig(self, digits: int = 0) -> dict[str, object]:
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

    def xǁFleetRowǁto_dict__mutmut_1(self, digits: int = 1) -> dict[str, object]:
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

    def xǁFleetRowǁto_dict__mutmut_2(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "XXclassXX": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_3(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "CLASS": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_4(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(None),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_5(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "XXlabelXX": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_6(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "LABEL": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_7(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if (self.fleet_class is None) and False else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_8(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if (self.fleet_class is None) or True else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_9(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "XX合计XX" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_10(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is not None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_11(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "XXcustomersXX": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_12(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "CUSTOMERS": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_13(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "XXvehiclesXX": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_14(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "VEHICLES": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_15(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "XXservedXX": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_16(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "SERVED": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_17(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "XXshareXX": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_18(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "SHARE": self.share.value,
            "share_percent": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_19(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "XXshare_percentXX": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_20(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "SHARE_PERCENT": self.share.format_percent(digits),
        }

    def xǁFleetRowǁto_dict__mutmut_21(self, digits: int = 0) -> dict[str, object]:
        """The row as plain values (``share_percent`` rounded half up to ``digits``)."""
        return {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
            "customers": self.customers,
            "vehicles": self.vehicles,
            "served": self.served,
            "share": self.share.value,
            "share_percent": self.share.format_percent(None),
        }

mutants_xǁFleetRowǁto_dict__mutmut['_mutmut_orig'] = FleetRow.xǁFleetRowǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_1'] = FleetRow.xǁFleetRowǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_2'] = FleetRow.xǁFleetRowǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_3'] = FleetRow.xǁFleetRowǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_4'] = FleetRow.xǁFleetRowǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_5'] = FleetRow.xǁFleetRowǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_6'] = FleetRow.xǁFleetRowǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_7'] = FleetRow.xǁFleetRowǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_8'] = FleetRow.xǁFleetRowǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_9'] = FleetRow.xǁFleetRowǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_10'] = FleetRow.xǁFleetRowǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_11'] = FleetRow.xǁFleetRowǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_12'] = FleetRow.xǁFleetRowǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_13'] = FleetRow.xǁFleetRowǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_14'] = FleetRow.xǁFleetRowǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_15'] = FleetRow.xǁFleetRowǁto_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_16'] = FleetRow.xǁFleetRowǁto_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_17'] = FleetRow.xǁFleetRowǁto_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_18'] = FleetRow.xǁFleetRowǁto_dict__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_19'] = FleetRow.xǁFleetRowǁto_dict__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_20'] = FleetRow.xǁFleetRowǁto_dict__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFleetRowǁto_dict__mutmut['xǁFleetRowǁto_dict__mutmut_21'] = FleetRow.xǁFleetRowǁto_dict__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFleetTableǁrow__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFleetTableǁ_repr_html___mutmut: MutantDict = {}  # type: ignore
mutants_xǁFleetTableǁto_rows__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFleetTableǁ__str____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class FleetTable:
    """Seed 004's big-customer door-to-door service table: rows A, B, C and the total.

    Attributes:
        rows: Classes A, B and C, in that order (a class without accounts has zeros).
        unclassified: Accounts left out because they have no class.
        percent_digits: Decimals of the printed shares.

    Examples:
        >>> table = FleetTable(rows=(  # seed 004's 2015 door-to-door service table
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

    @_mutmut_mutated(mutants_xǁFleetTableǁrow__mutmut)
    def row(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetTableǁrow__mutmut_orig(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetTableǁrow__mutmut_1(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is not None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetTableǁrow__mutmut_2(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = None
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetTableǁrow__mutmut_3(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if (isinstance(fleet_class, str)) and False else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetTableǁrow__mutmut_4(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if (isinstance(fleet_class, str)) or True else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetTableǁrow__mutmut_5(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(None) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetTableǁrow__mutmut_6(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(None)

    def xǁFleetTableǁrow__mutmut_7(self, fleet_class: FleetClass | str | None) -> FleetRow:
        """The row of a class (value ``'A'`` or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is not wanted)

    @_mutmut_mutated(mutants_xǁFleetTableǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁFleetTableǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁFleetTableǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁFleetTableǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁFleetTableǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁFleetTableǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁFleetTableǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    @_mutmut_mutated(mutants_xǁFleetTableǁto_rows__mutmut)
    def to_rows(self) -> list[dict[str, object]]:
        """One dict per class, then the total."""
        return [row.to_dict(self.percent_digits) for row in (*self.rows, self.total)]

    def xǁFleetTableǁto_rows__mutmut_orig(self) -> list[dict[str, object]]:
        """One dict per class, then the total."""
        return [row.to_dict(self.percent_digits) for row in (*self.rows, self.total)]

    def xǁFleetTableǁto_rows__mutmut_1(self) -> list[dict[str, object]]:
        """One dict per class, then the total."""
        return [row.to_dict(None) for row in (*self.rows, self.total)]

    @_mutmut_mutated(mutants_xǁFleetTableǁ__str____mutmut)
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

    def xǁFleetTableǁ__str____mutmut_orig(self) -> str:
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

    def xǁFleetTableǁ__str____mutmut_1(self) -> str:
        body = None
        return _render(["class", "customers", "vehicles", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_2(self) -> str:
        body = [
            [
                _class_name(None),
                f"{row.customers:,}",
                f"{row.vehicles:,}",
                f"{row.served:,}",
                row.share.format_percent(self.percent_digits),
            ]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", "customers", "vehicles", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_3(self) -> str:
        body = [
            [
                _class_name(row.fleet_class),
                f"{row.customers:,}",
                f"{row.vehicles:,}",
                f"{row.served:,}",
                row.share.format_percent(None),
            ]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", "customers", "vehicles", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_4(self) -> str:
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
        return _render(None, body)

    def xǁFleetTableǁ__str____mutmut_5(self) -> str:
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
        return _render(["class", "customers", "vehicles", "served", "share"], None)

    def xǁFleetTableǁ__str____mutmut_6(self) -> str:
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
        return _render(body)

    def xǁFleetTableǁ__str____mutmut_7(self) -> str:
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
        return _render(["class", "customers", "vehicles", "served", "share"], )

    def xǁFleetTableǁ__str____mutmut_8(self) -> str:
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
        return _render(["XXclassXX", "customers", "vehicles", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_9(self) -> str:
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
        return _render(["CLASS", "customers", "vehicles", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_10(self) -> str:
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
        return _render(["class", "XXcustomersXX", "vehicles", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_11(self) -> str:
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
        return _render(["class", "CUSTOMERS", "vehicles", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_12(self) -> str:
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
        return _render(["class", "customers", "XXvehiclesXX", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_13(self) -> str:
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
        return _render(["class", "customers", "VEHICLES", "served", "share"], body)

    def xǁFleetTableǁ__str____mutmut_14(self) -> str:
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
        return _render(["class", "customers", "vehicles", "XXservedXX", "share"], body)

    def xǁFleetTableǁ__str____mutmut_15(self) -> str:
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
        return _render(["class", "customers", "vehicles", "SERVED", "share"], body)

    def xǁFleetTableǁ__str____mutmut_16(self) -> str:
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
        return _render(["class", "customers", "vehicles", "served", "XXshareXX"], body)

    def xǁFleetTableǁ__str____mutmut_17(self) -> str:
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
        return _render(["class", "customers", "vehicles", "served", "SHARE"], body)

mutants_xǁFleetTableǁrow__mutmut['_mutmut_orig'] = FleetTable.xǁFleetTableǁrow__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetTableǁrow__mutmut['xǁFleetTableǁrow__mutmut_1'] = FleetTable.xǁFleetTableǁrow__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetTableǁrow__mutmut['xǁFleetTableǁrow__mutmut_2'] = FleetTable.xǁFleetTableǁrow__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetTableǁrow__mutmut['xǁFleetTableǁrow__mutmut_3'] = FleetTable.xǁFleetTableǁrow__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetTableǁrow__mutmut['xǁFleetTableǁrow__mutmut_4'] = FleetTable.xǁFleetTableǁrow__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetTableǁrow__mutmut['xǁFleetTableǁrow__mutmut_5'] = FleetTable.xǁFleetTableǁrow__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetTableǁrow__mutmut['xǁFleetTableǁrow__mutmut_6'] = FleetTable.xǁFleetTableǁrow__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetTableǁrow__mutmut['xǁFleetTableǁrow__mutmut_7'] = FleetTable.xǁFleetTableǁrow__mutmut_7 # type: ignore # mutmut generated

mutants_xǁFleetTableǁ_repr_html___mutmut['_mutmut_orig'] = FleetTable.xǁFleetTableǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetTableǁ_repr_html___mutmut['xǁFleetTableǁ_repr_html___mutmut_1'] = FleetTable.xǁFleetTableǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ_repr_html___mutmut['xǁFleetTableǁ_repr_html___mutmut_2'] = FleetTable.xǁFleetTableǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ_repr_html___mutmut['xǁFleetTableǁ_repr_html___mutmut_3'] = FleetTable.xǁFleetTableǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ_repr_html___mutmut['xǁFleetTableǁ_repr_html___mutmut_4'] = FleetTable.xǁFleetTableǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ_repr_html___mutmut['xǁFleetTableǁ_repr_html___mutmut_5'] = FleetTable.xǁFleetTableǁ_repr_html___mutmut_5 # type: ignore # mutmut generated

mutants_xǁFleetTableǁto_rows__mutmut['_mutmut_orig'] = FleetTable.xǁFleetTableǁto_rows__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetTableǁto_rows__mutmut['xǁFleetTableǁto_rows__mutmut_1'] = FleetTable.xǁFleetTableǁto_rows__mutmut_1 # type: ignore # mutmut generated

mutants_xǁFleetTableǁ__str____mutmut['_mutmut_orig'] = FleetTable.xǁFleetTableǁ__str____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_1'] = FleetTable.xǁFleetTableǁ__str____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_2'] = FleetTable.xǁFleetTableǁ__str____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_3'] = FleetTable.xǁFleetTableǁ__str____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_4'] = FleetTable.xǁFleetTableǁ__str____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_5'] = FleetTable.xǁFleetTableǁ__str____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_6'] = FleetTable.xǁFleetTableǁ__str____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_7'] = FleetTable.xǁFleetTableǁ__str____mutmut_7 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_8'] = FleetTable.xǁFleetTableǁ__str____mutmut_8 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_9'] = FleetTable.xǁFleetTableǁ__str____mutmut_9 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_10'] = FleetTable.xǁFleetTableǁ__str____mutmut_10 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_11'] = FleetTable.xǁFleetTableǁ__str____mutmut_11 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_12'] = FleetTable.xǁFleetTableǁ__str____mutmut_12 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_13'] = FleetTable.xǁFleetTableǁ__str____mutmut_13 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_14'] = FleetTable.xǁFleetTableǁ__str____mutmut_14 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_15'] = FleetTable.xǁFleetTableǁ__str____mutmut_15 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_16'] = FleetTable.xǁFleetTableǁ__str____mutmut_16 # type: ignore # mutmut generated
mutants_xǁFleetTableǁ__str____mutmut['xǁFleetTableǁ__str____mutmut_17'] = FleetTable.xǁFleetTableǁ__str____mutmut_17 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fleet_table__mutmut)
def fleet_table(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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


def x_fleet_table__mutmut_orig(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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


def x_fleet_table__mutmut_1(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = None
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


def x_fleet_table__mutmut_2(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(None, StatsPolicy, "policy")
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


def x_fleet_table__mutmut_3(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(policy, None, "policy")
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


def x_fleet_table__mutmut_4(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(policy, StatsPolicy, None)
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


def x_fleet_table__mutmut_5(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(StatsPolicy, "policy")
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


def x_fleet_table__mutmut_6(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(policy, "policy")
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


def x_fleet_table__mutmut_7(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(policy, StatsPolicy, )
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


def x_fleet_table__mutmut_8(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(policy, StatsPolicy, "XXpolicyXX")
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


def x_fleet_table__mutmut_9(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

    Examples:
        >>> from autocrm.domain import FleetAccount
        >>> table = fleet_table([
        ...     FleetAccount("F1", customer_number="C1", name="某某银行", vehicles=40,
        ...                  vehicles_served=38, fleet_class="A"),
        ...     FleetAccount("F2", customer_number="C2", name="某公司", vehicles=5)])
        >>> table.row("A").served, f"{table.total.share}", table.unclassified
        (38, '95%', 1)
    """
    policy = checked(policy, StatsPolicy, "POLICY")
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


def x_fleet_table__mutmut_10(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    check_iterable(None, "accounts")
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


def x_fleet_table__mutmut_11(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    check_iterable(accounts, None)
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


def x_fleet_table__mutmut_12(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    check_iterable("accounts")
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


def x_fleet_table__mutmut_13(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    check_iterable(accounts, )
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


def x_fleet_table__mutmut_14(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    check_iterable(accounts, "XXaccountsXX")
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


def x_fleet_table__mutmut_15(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    check_iterable(accounts, "ACCOUNTS")
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


def x_fleet_table__mutmut_16(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    counts = None
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


def x_fleet_table__mutmut_17(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    counts = dict.fromkeys(None, (0, 0, 0))
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


def x_fleet_table__mutmut_18(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    counts = dict.fromkeys(_CLASSES, None)
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


def x_fleet_table__mutmut_19(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    counts = dict.fromkeys((0, 0, 0))
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


def x_fleet_table__mutmut_20(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    counts = dict.fromkeys(_CLASSES, )
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


def x_fleet_table__mutmut_21(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    counts = dict.fromkeys(_CLASSES, (1, 0, 0))
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


def x_fleet_table__mutmut_22(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    counts = dict.fromkeys(_CLASSES, (0, 1, 0))
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


def x_fleet_table__mutmut_23(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    counts = dict.fromkeys(_CLASSES, (0, 0, 1))
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


def x_fleet_table__mutmut_24(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    unclassified = None
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


def x_fleet_table__mutmut_25(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    unclassified = 1
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


def x_fleet_table__mutmut_26(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    for account in _accounts(None):
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


def x_fleet_table__mutmut_27(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
        if account.fleet_class is not None:
            unclassified += 1
            continue
        customers, vehicles, served = counts[account.fleet_class]
        counts[account.fleet_class] = (
            customers + 1,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_28(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
            unclassified = 1
            continue
        customers, vehicles, served = counts[account.fleet_class]
        counts[account.fleet_class] = (
            customers + 1,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_29(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
            unclassified -= 1
            continue
        customers, vehicles, served = counts[account.fleet_class]
        counts[account.fleet_class] = (
            customers + 1,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_30(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
            unclassified += 2
            continue
        customers, vehicles, served = counts[account.fleet_class]
        counts[account.fleet_class] = (
            customers + 1,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_31(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
            break
        customers, vehicles, served = counts[account.fleet_class]
        counts[account.fleet_class] = (
            customers + 1,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_32(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
        customers, vehicles, served = None
        counts[account.fleet_class] = (
            customers + 1,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_33(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
        counts[account.fleet_class] = None
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_34(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
            customers - 1,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_35(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
            customers + 2,
            vehicles + account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_36(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
            vehicles - account.vehicles,
            served + account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_37(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
            served - account.vehicles_served,
        )
    return _fleet_table_from_counts(counts, unclassified, policy)


def x_fleet_table__mutmut_38(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    return _fleet_table_from_counts(None, unclassified, policy)


def x_fleet_table__mutmut_39(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    return _fleet_table_from_counts(counts, None, policy)


def x_fleet_table__mutmut_40(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    return _fleet_table_from_counts(counts, unclassified, None)


def x_fleet_table__mutmut_41(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    return _fleet_table_from_counts(unclassified, policy)


def x_fleet_table__mutmut_42(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    return _fleet_table_from_counts(counts, policy)


def x_fleet_table__mutmut_43(
    accounts: Iterable[FleetAccount], *, policy: StatsPolicy = _DEFAULT_POLICY
) -> FleetTable:
    """Build seed 004's door-to-door service table of big customers by class.

    Args:
        accounts: Fleet accounts; their ``fleet_class`` (set by hand or by
            :mod:`autocrm.rules.fleet`) picks the row.
        policy: Decimals of the printed shares and confidence of the intervals.

    Returns:
        A :class:`FleetTable` with rows A, B, C and a total.

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
    return _fleet_table_from_counts(counts, unclassified, )

mutants_x_fleet_table__mutmut['_mutmut_orig'] = x_fleet_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_1'] = x_fleet_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_2'] = x_fleet_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_3'] = x_fleet_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_4'] = x_fleet_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_5'] = x_fleet_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_6'] = x_fleet_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_7'] = x_fleet_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_8'] = x_fleet_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_9'] = x_fleet_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_10'] = x_fleet_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_11'] = x_fleet_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_12'] = x_fleet_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_13'] = x_fleet_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_14'] = x_fleet_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_15'] = x_fleet_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_16'] = x_fleet_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_17'] = x_fleet_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_18'] = x_fleet_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_19'] = x_fleet_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_20'] = x_fleet_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_21'] = x_fleet_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_22'] = x_fleet_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_23'] = x_fleet_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_24'] = x_fleet_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_25'] = x_fleet_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_26'] = x_fleet_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_27'] = x_fleet_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_28'] = x_fleet_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_29'] = x_fleet_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_30'] = x_fleet_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_31'] = x_fleet_table__mutmut_31 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_32'] = x_fleet_table__mutmut_32 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_33'] = x_fleet_table__mutmut_33 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_34'] = x_fleet_table__mutmut_34 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_35'] = x_fleet_table__mutmut_35 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_36'] = x_fleet_table__mutmut_36 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_37'] = x_fleet_table__mutmut_37 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_38'] = x_fleet_table__mutmut_38 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_39'] = x_fleet_table__mutmut_39 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_40'] = x_fleet_table__mutmut_40 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_41'] = x_fleet_table__mutmut_41 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_42'] = x_fleet_table__mutmut_42 # type: ignore # mutmut generated
mutants_x_fleet_table__mutmut['x_fleet_table__mutmut_43'] = x_fleet_table__mutmut_43 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__fleet_table_from_counts__mutmut)
def _fleet_table_from_counts(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
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


def x__fleet_table_from_counts__mutmut_orig(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
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


def x__fleet_table_from_counts__mutmut_1(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = None
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_2(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        None
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_3(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            None,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_4(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=None,
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_5(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=None,
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_6(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=None,
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_7(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=None,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_8(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_9(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_10(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_11(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_12(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_13(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(None, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_14(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, None)[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_15(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get((0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_16(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, )[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_17(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (1, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_18(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 1, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_19(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 1))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_20(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[1],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_21(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(None, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_22(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, None)[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_23(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get((0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_24(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, )[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_25(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (1, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_26(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 1, 0))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_27(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 1))[1],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_28(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[2],
            served=counts.get(cls, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_29(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(None, (0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_30(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, None)[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_31(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get((0, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_32(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, )[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_33(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (1, 0, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_34(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 1, 0))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_35(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 1))[2],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_36(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
    rows = tuple(
        FleetRow(
            cls,
            customers=counts.get(cls, (0, 0, 0))[0],
            vehicles=counts.get(cls, (0, 0, 0))[1],
            served=counts.get(cls, (0, 0, 0))[3],
            confidence=policy.confidence,
        )
        for cls in _CLASSES
    )
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_37(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
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
    return FleetTable(rows=None, unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_38(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
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
    return FleetTable(rows=rows, unclassified=None, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_39(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
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
    return FleetTable(rows=rows, unclassified=unclassified, percent_digits=None)


def x__fleet_table_from_counts__mutmut_40(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
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
    return FleetTable(unclassified=unclassified, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_41(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
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
    return FleetTable(rows=rows, percent_digits=policy.percent_digits)


def x__fleet_table_from_counts__mutmut_42(
    counts: Mapping[FleetClass, tuple[int, int, int]], unclassified: int, policy: StatsPolicy
) -> FleetTable:
    """The result of :func:`fleet_table` from (accounts, vehicles, served) per class.

    Shared with the SQL push-down, where the database sums the classes with ``GROUP BY``.
    """
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
    return FleetTable(rows=rows, unclassified=unclassified, )

mutants_x__fleet_table_from_counts__mutmut['_mutmut_orig'] = x__fleet_table_from_counts__mutmut_orig # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_1'] = x__fleet_table_from_counts__mutmut_1 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_2'] = x__fleet_table_from_counts__mutmut_2 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_3'] = x__fleet_table_from_counts__mutmut_3 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_4'] = x__fleet_table_from_counts__mutmut_4 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_5'] = x__fleet_table_from_counts__mutmut_5 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_6'] = x__fleet_table_from_counts__mutmut_6 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_7'] = x__fleet_table_from_counts__mutmut_7 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_8'] = x__fleet_table_from_counts__mutmut_8 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_9'] = x__fleet_table_from_counts__mutmut_9 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_10'] = x__fleet_table_from_counts__mutmut_10 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_11'] = x__fleet_table_from_counts__mutmut_11 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_12'] = x__fleet_table_from_counts__mutmut_12 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_13'] = x__fleet_table_from_counts__mutmut_13 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_14'] = x__fleet_table_from_counts__mutmut_14 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_15'] = x__fleet_table_from_counts__mutmut_15 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_16'] = x__fleet_table_from_counts__mutmut_16 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_17'] = x__fleet_table_from_counts__mutmut_17 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_18'] = x__fleet_table_from_counts__mutmut_18 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_19'] = x__fleet_table_from_counts__mutmut_19 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_20'] = x__fleet_table_from_counts__mutmut_20 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_21'] = x__fleet_table_from_counts__mutmut_21 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_22'] = x__fleet_table_from_counts__mutmut_22 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_23'] = x__fleet_table_from_counts__mutmut_23 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_24'] = x__fleet_table_from_counts__mutmut_24 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_25'] = x__fleet_table_from_counts__mutmut_25 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_26'] = x__fleet_table_from_counts__mutmut_26 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_27'] = x__fleet_table_from_counts__mutmut_27 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_28'] = x__fleet_table_from_counts__mutmut_28 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_29'] = x__fleet_table_from_counts__mutmut_29 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_30'] = x__fleet_table_from_counts__mutmut_30 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_31'] = x__fleet_table_from_counts__mutmut_31 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_32'] = x__fleet_table_from_counts__mutmut_32 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_33'] = x__fleet_table_from_counts__mutmut_33 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_34'] = x__fleet_table_from_counts__mutmut_34 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_35'] = x__fleet_table_from_counts__mutmut_35 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_36'] = x__fleet_table_from_counts__mutmut_36 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_37'] = x__fleet_table_from_counts__mutmut_37 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_38'] = x__fleet_table_from_counts__mutmut_38 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_39'] = x__fleet_table_from_counts__mutmut_39 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_40'] = x__fleet_table_from_counts__mutmut_40 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_41'] = x__fleet_table_from_counts__mutmut_41 # type: ignore # mutmut generated
mutants_x__fleet_table_from_counts__mutmut['x__fleet_table_from_counts__mutmut_42'] = x__fleet_table_from_counts__mutmut_42 # type: ignore # mutmut generated
mutants_xǁAccountCountǁ__add____mutmut: MutantDict = {}  # type: ignore


# --------------------------------------------------------------------------- service table


@attrs.frozen
class AccountCount:
    """A number of accounts (家数) and their vehicles, printed as seed 004 does.

    Examples:
        >>> str(AccountCount(26, 3862)), AccountCount(1, 5) + AccountCount(2, 7)
        ('26 / 3,862', AccountCount(accounts=3, vehicles=12))
    """

    accounts: int = 0
    vehicles: int = 0

    @_mutmut_mutated(mutants_xǁAccountCountǁ__add____mutmut)
    def __add__(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.accounts + other.accounts, self.vehicles + other.vehicles)

    def xǁAccountCountǁ__add____mutmut_orig(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.accounts + other.accounts, self.vehicles + other.vehicles)

    def xǁAccountCountǁ__add____mutmut_1(self, other: object) -> AccountCount:
        if isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.accounts + other.accounts, self.vehicles + other.vehicles)

    def xǁAccountCountǁ__add____mutmut_2(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(None, self.vehicles + other.vehicles)

    def xǁAccountCountǁ__add____mutmut_3(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.accounts + other.accounts, None)

    def xǁAccountCountǁ__add____mutmut_4(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.vehicles + other.vehicles)

    def xǁAccountCountǁ__add____mutmut_5(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.accounts + other.accounts, )

    def xǁAccountCountǁ__add____mutmut_6(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.accounts - other.accounts, self.vehicles + other.vehicles)

    def xǁAccountCountǁ__add____mutmut_7(self, other: object) -> AccountCount:
        if not isinstance(other, AccountCount):
            return NotImplemented
        return AccountCount(self.accounts + other.accounts, self.vehicles - other.vehicles)

    def __str__(self) -> str:
        return f"{self.accounts:,} / {self.vehicles:,}"

mutants_xǁAccountCountǁ__add____mutmut['_mutmut_orig'] = AccountCount.xǁAccountCountǁ__add____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAccountCountǁ__add____mutmut['xǁAccountCountǁ__add____mutmut_1'] = AccountCount.xǁAccountCountǁ__add____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAccountCountǁ__add____mutmut['xǁAccountCountǁ__add____mutmut_2'] = AccountCount.xǁAccountCountǁ__add____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAccountCountǁ__add____mutmut['xǁAccountCountǁ__add____mutmut_3'] = AccountCount.xǁAccountCountǁ__add____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAccountCountǁ__add____mutmut['xǁAccountCountǁ__add____mutmut_4'] = AccountCount.xǁAccountCountǁ__add____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAccountCountǁ__add____mutmut['xǁAccountCountǁ__add____mutmut_5'] = AccountCount.xǁAccountCountǁ__add____mutmut_5 # type: ignore # mutmut generated
mutants_xǁAccountCountǁ__add____mutmut['xǁAccountCountǁ__add____mutmut_6'] = AccountCount.xǁAccountCountǁ__add____mutmut_6 # type: ignore # mutmut generated
mutants_xǁAccountCountǁ__add____mutmut['xǁAccountCountǁ__add____mutmut_7'] = AccountCount.xǁAccountCountǁ__add____mutmut_7 # type: ignore # mutmut generated


#: The columns of the service table, in seed 004's order.
SERVICE_COLUMNS = ("classified", "agreement_signed", "site_visited", "site_serviced")
mutants_xǁFleetServiceRowǁshare__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFleetServiceRowǁto_dict__mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class FleetServiceRow:
    """One class of the agreements / site-work table (None: the total row).

    Each cell is an :class:`AccountCount` (accounts and their vehicles).

    Examples:
        >>> row = FleetServiceRow(FleetClass.B, classified=AccountCount(37, 1961),  # seed 004
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

    @_mutmut_mutated(mutants_xǁFleetServiceRowǁshare__mutmut)
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

    def xǁFleetServiceRowǁshare__mutmut_orig(self, column: str, *, by_vehicles: bool = False) -> Rate:
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

    def xǁFleetServiceRowǁshare__mutmut_1(self, column: str, *, by_vehicles: bool = True) -> Rate:
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

    def xǁFleetServiceRowǁshare__mutmut_2(self, column: str, *, by_vehicles: bool = False) -> Rate:
        """A column's share of the classified accounts (or of their vehicles).

        Examples:
            >>> row = FleetServiceRow(FleetClass.A, AccountCount(26, 3862),
            ...                       AccountCount(8, 1321), AccountCount(23, 3602),
            ...                       AccountCount(22, 3590))
            >>> f"{row.share('site_visited')}", f"{row.share('site_visited', by_vehicles=True)}"
            ('88%', '93%')
        """
        if column in SERVICE_COLUMNS:
            msg = f"column: expected one of {', '.join(SERVICE_COLUMNS)}, got {shown(column)}"
            raise InvalidFormat(msg, field="column", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_3(self, column: str, *, by_vehicles: bool = False) -> Rate:
        """A column's share of the classified accounts (or of their vehicles).

        Examples:
            >>> row = FleetServiceRow(FleetClass.A, AccountCount(26, 3862),
            ...                       AccountCount(8, 1321), AccountCount(23, 3602),
            ...                       AccountCount(22, 3590))
            >>> f"{row.share('site_visited')}", f"{row.share('site_visited', by_vehicles=True)}"
            ('88%', '93%')
        """
        if column not in SERVICE_COLUMNS:
            msg = None
            raise InvalidFormat(msg, field="column", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_4(self, column: str, *, by_vehicles: bool = False) -> Rate:
        """A column's share of the classified accounts (or of their vehicles).

        Examples:
            >>> row = FleetServiceRow(FleetClass.A, AccountCount(26, 3862),
            ...                       AccountCount(8, 1321), AccountCount(23, 3602),
            ...                       AccountCount(22, 3590))
            >>> f"{row.share('site_visited')}", f"{row.share('site_visited', by_vehicles=True)}"
            ('88%', '93%')
        """
        if column not in SERVICE_COLUMNS:
            msg = f"column: expected one of {', '.join(None)}, got {shown(column)}"
            raise InvalidFormat(msg, field="column", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_5(self, column: str, *, by_vehicles: bool = False) -> Rate:
        """A column's share of the classified accounts (or of their vehicles).

        Examples:
            >>> row = FleetServiceRow(FleetClass.A, AccountCount(26, 3862),
            ...                       AccountCount(8, 1321), AccountCount(23, 3602),
            ...                       AccountCount(22, 3590))
            >>> f"{row.share('site_visited')}", f"{row.share('site_visited', by_vehicles=True)}"
            ('88%', '93%')
        """
        if column not in SERVICE_COLUMNS:
            msg = f"column: expected one of {'XX, XX'.join(SERVICE_COLUMNS)}, got {shown(column)}"
            raise InvalidFormat(msg, field="column", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_6(self, column: str, *, by_vehicles: bool = False) -> Rate:
        """A column's share of the classified accounts (or of their vehicles).

        Examples:
            >>> row = FleetServiceRow(FleetClass.A, AccountCount(26, 3862),
            ...                       AccountCount(8, 1321), AccountCount(23, 3602),
            ...                       AccountCount(22, 3590))
            >>> f"{row.share('site_visited')}", f"{row.share('site_visited', by_vehicles=True)}"
            ('88%', '93%')
        """
        if column not in SERVICE_COLUMNS:
            msg = f"column: expected one of {', '.join(SERVICE_COLUMNS)}, got {shown(None)}"
            raise InvalidFormat(msg, field="column", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_7(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            raise InvalidFormat(None, field="column", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_8(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            raise InvalidFormat(msg, field=None, value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_9(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            raise InvalidFormat(msg, field="column", value=None)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_10(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            raise InvalidFormat(field="column", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_11(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            raise InvalidFormat(msg, value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_12(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            raise InvalidFormat(msg, field="column", )
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_13(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            raise InvalidFormat(msg, field="XXcolumnXX", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_14(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            raise InvalidFormat(msg, field="COLUMN", value=column)
        part: AccountCount = getattr(self, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_15(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        part: AccountCount = None
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_16(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        part: AccountCount = getattr(None, column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_17(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        part: AccountCount = getattr(self, None)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_18(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        part: AccountCount = getattr(column)
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_19(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        part: AccountCount = getattr(self, )
        if by_vehicles:
            return Rate(part.vehicles, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_20(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            return Rate(None, self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_21(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            return Rate(part.vehicles, None)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_22(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            return Rate(self.classified.vehicles)
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_23(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
            return Rate(part.vehicles, )
        return Rate(part.accounts, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_24(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        return Rate(None, self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_25(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        return Rate(part.accounts, None)

    def xǁFleetServiceRowǁshare__mutmut_26(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        return Rate(self.classified.accounts)

    def xǁFleetServiceRowǁshare__mutmut_27(self, column: str, *, by_vehicles: bool = False) -> Rate:
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
        return Rate(part.accounts, )

    @_mutmut_mutated(mutants_xǁFleetServiceRowǁto_dict__mutmut)
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

    def xǁFleetServiceRowǁto_dict__mutmut_orig(self) -> dict[str, object]:
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

    def xǁFleetServiceRowǁto_dict__mutmut_1(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = None
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_2(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "XXclassXX": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_3(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "CLASS": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_4(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(None),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_5(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "XXlabelXX": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_6(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "LABEL": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_7(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if (self.fleet_class is None) and False else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_8(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if (self.fleet_class is None) or True else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_9(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "XX合计XX" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_10(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is not None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_11(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = None
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_12(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(None, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_13(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, None)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_14(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_15(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, )
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_16(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = None
            row[f"{column}_vehicles"] = cell.vehicles
        return row

    def xǁFleetServiceRowǁto_dict__mutmut_17(self) -> dict[str, object]:
        """Plain values: ``<column>_accounts`` and ``<column>_vehicles`` for each column."""
        row: dict[str, object] = {
            "class": _class_name(self.fleet_class),
            "label": "合计" if self.fleet_class is None else self.fleet_class.label,
        }
        for column in SERVICE_COLUMNS:
            cell: AccountCount = getattr(self, column)
            row[f"{column}_accounts"] = cell.accounts
            row[f"{column}_vehicles"] = None
        return row

mutants_xǁFleetServiceRowǁshare__mutmut['_mutmut_orig'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_1'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_2'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_3'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_4'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_5'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_6'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_7'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_8'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_9'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_10'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_11'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_12'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_13'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_14'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_15'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_16'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_17'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_18'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_18 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_19'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_19 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_20'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_20 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_21'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_21 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_22'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_22 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_23'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_23 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_24'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_24 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_25'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_25 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_26'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_26 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁshare__mutmut['xǁFleetServiceRowǁshare__mutmut_27'] = FleetServiceRow.xǁFleetServiceRowǁshare__mutmut_27 # type: ignore # mutmut generated

mutants_xǁFleetServiceRowǁto_dict__mutmut['_mutmut_orig'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_1'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_2'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_3'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_4'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_5'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_6'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_7'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_7 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_8'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_8 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_9'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_9 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_10'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_10 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_11'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_11 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_12'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_12 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_13'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_13 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_14'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_14 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_15'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_15 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_16'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_16 # type: ignore # mutmut generated
mutants_xǁFleetServiceRowǁto_dict__mutmut['xǁFleetServiceRowǁto_dict__mutmut_17'] = FleetServiceRow.xǁFleetServiceRowǁto_dict__mutmut_17 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁrow__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFleetServiceTableǁ_repr_html___mutmut: MutantDict = {}  # type: ignore
mutants_xǁFleetServiceTableǁ__str____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class FleetServiceTable:
    """Seed 004's second big-customer table: agreements and site work by class.

    Attributes:
        rows: Classes A, B and C, in that order.
        unclassified: Accounts left out because they have no class.

    Examples:
        >>> A, B, C = FleetClass.A, FleetClass.B, FleetClass.C
        >>> table = FleetServiceTable(rows=(  # seed 004's agreements and site-work table
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

    @property
    def total(self) -> FleetServiceRow:
        """The sum of the classes."""
        sums = {column: AccountCount() for column in SERVICE_COLUMNS}
        for row in self.rows:
            for column in SERVICE_COLUMNS:
                sums[column] = sums[column] + getattr(row, column)
        return FleetServiceRow(None, **sums)

    @_mutmut_mutated(mutants_xǁFleetServiceTableǁrow__mutmut)
    def row(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetServiceTableǁrow__mutmut_orig(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetServiceTableǁrow__mutmut_1(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is not None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetServiceTableǁrow__mutmut_2(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = None
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetServiceTableǁrow__mutmut_3(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if (isinstance(fleet_class, str)) and False else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetServiceTableǁrow__mutmut_4(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if (isinstance(fleet_class, str)) or True else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetServiceTableǁrow__mutmut_5(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(None) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is wanted)

    def xǁFleetServiceTableǁrow__mutmut_6(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(None)

    def xǁFleetServiceTableǁrow__mutmut_7(self, fleet_class: FleetClass | str | None) -> FleetServiceRow:
        """The row of a class (value or label accepted); None gives the total."""
        if fleet_class is None:
            return self.total
        wanted = FleetClass.from_label(fleet_class) if isinstance(fleet_class, str) else fleet_class
        return next(row for row in self.rows if row.fleet_class is not wanted)

    @_mutmut_mutated(mutants_xǁFleetServiceTableǁ_repr_html___mutmut)
    def _repr_html_(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁFleetServiceTableǁ_repr_html___mutmut_orig(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(self).__name__)

    def xǁFleetServiceTableǁ_repr_html___mutmut_1(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(None, caption=type(self).__name__)

    def xǁFleetServiceTableǁ_repr_html___mutmut_2(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=None)

    def xǁFleetServiceTableǁ_repr_html___mutmut_3(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(caption=type(self).__name__)

    def xǁFleetServiceTableǁ_repr_html___mutmut_4(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), )

    def xǁFleetServiceTableǁ_repr_html___mutmut_5(self) -> str:
        """The rows as an HTML table: how a notebook shows the result."""
        return rows_to_html(self.to_rows(), caption=type(None).__name__)

    def to_rows(self) -> list[dict[str, object]]:
        """One dict per class, then the total."""
        return [row.to_dict() for row in (*self.rows, self.total)]

    @_mutmut_mutated(mutants_xǁFleetServiceTableǁ__str____mutmut)
    def __str__(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_orig(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_1(self) -> str:
        body = None
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_2(self) -> str:
        body = [
            [_class_name(None), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_3(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(None) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_4(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(None, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_5(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, None)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_6(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_7(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, )) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_8(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(None, body)

    def xǁFleetServiceTableǁ__str____mutmut_9(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], None)

    def xǁFleetServiceTableǁ__str____mutmut_10(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(body)

    def xǁFleetServiceTableǁ__str____mutmut_11(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["class", *SERVICE_COLUMNS], )

    def xǁFleetServiceTableǁ__str____mutmut_12(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["XXclassXX", *SERVICE_COLUMNS], body)

    def xǁFleetServiceTableǁ__str____mutmut_13(self) -> str:
        body = [
            [_class_name(row.fleet_class), *(str(getattr(row, c)) for c in SERVICE_COLUMNS)]
            for row in (*self.rows, self.total)
        ]
        return _render(["CLASS", *SERVICE_COLUMNS], body)

mutants_xǁFleetServiceTableǁrow__mutmut['_mutmut_orig'] = FleetServiceTable.xǁFleetServiceTableǁrow__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁrow__mutmut['xǁFleetServiceTableǁrow__mutmut_1'] = FleetServiceTable.xǁFleetServiceTableǁrow__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁrow__mutmut['xǁFleetServiceTableǁrow__mutmut_2'] = FleetServiceTable.xǁFleetServiceTableǁrow__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁrow__mutmut['xǁFleetServiceTableǁrow__mutmut_3'] = FleetServiceTable.xǁFleetServiceTableǁrow__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁrow__mutmut['xǁFleetServiceTableǁrow__mutmut_4'] = FleetServiceTable.xǁFleetServiceTableǁrow__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁrow__mutmut['xǁFleetServiceTableǁrow__mutmut_5'] = FleetServiceTable.xǁFleetServiceTableǁrow__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁrow__mutmut['xǁFleetServiceTableǁrow__mutmut_6'] = FleetServiceTable.xǁFleetServiceTableǁrow__mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁrow__mutmut['xǁFleetServiceTableǁrow__mutmut_7'] = FleetServiceTable.xǁFleetServiceTableǁrow__mutmut_7 # type: ignore # mutmut generated

mutants_xǁFleetServiceTableǁ_repr_html___mutmut['_mutmut_orig'] = FleetServiceTable.xǁFleetServiceTableǁ_repr_html___mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ_repr_html___mutmut['xǁFleetServiceTableǁ_repr_html___mutmut_1'] = FleetServiceTable.xǁFleetServiceTableǁ_repr_html___mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ_repr_html___mutmut['xǁFleetServiceTableǁ_repr_html___mutmut_2'] = FleetServiceTable.xǁFleetServiceTableǁ_repr_html___mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ_repr_html___mutmut['xǁFleetServiceTableǁ_repr_html___mutmut_3'] = FleetServiceTable.xǁFleetServiceTableǁ_repr_html___mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ_repr_html___mutmut['xǁFleetServiceTableǁ_repr_html___mutmut_4'] = FleetServiceTable.xǁFleetServiceTableǁ_repr_html___mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ_repr_html___mutmut['xǁFleetServiceTableǁ_repr_html___mutmut_5'] = FleetServiceTable.xǁFleetServiceTableǁ_repr_html___mutmut_5 # type: ignore # mutmut generated

mutants_xǁFleetServiceTableǁ__str____mutmut['_mutmut_orig'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_1'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_2'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_3'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_4'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_5'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_6'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_7'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_7 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_8'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_8 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_9'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_9 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_10'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_10 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_11'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_11 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_12'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_12 # type: ignore # mutmut generated
mutants_xǁFleetServiceTableǁ__str____mutmut['xǁFleetServiceTableǁ__str____mutmut_13'] = FleetServiceTable.xǁFleetServiceTableǁ__str____mutmut_13 # type: ignore # mutmut generated
mutants_x_service_table__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_service_table__mutmut)
def service_table(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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


def x_service_table__mutmut_orig(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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


def x_service_table__mutmut_1(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    check_iterable(None, "accounts")
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


def x_service_table__mutmut_2(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    check_iterable(accounts, None)
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


def x_service_table__mutmut_3(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    check_iterable("accounts")
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


def x_service_table__mutmut_4(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    check_iterable(accounts, )
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


def x_service_table__mutmut_5(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    check_iterable(accounts, "XXaccountsXX")
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


def x_service_table__mutmut_6(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    check_iterable(accounts, "ACCOUNTS")
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


def x_service_table__mutmut_7(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    groups: dict[tuple[FleetClass, bool, bool, bool], AccountCount] = None
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


def x_service_table__mutmut_8(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    unclassified = None
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


def x_service_table__mutmut_9(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    unclassified = 1
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


def x_service_table__mutmut_10(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    for account in _accounts(None):
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


def x_service_table__mutmut_11(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        if account.fleet_class is not None:
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


def x_service_table__mutmut_12(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
            unclassified = 1
            continue
        key = (
            account.fleet_class,
            account.agreement_signed,
            account.site_visited,
            account.site_serviced,
        )
        groups[key] = groups.get(key, AccountCount()) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_13(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
            unclassified -= 1
            continue
        key = (
            account.fleet_class,
            account.agreement_signed,
            account.site_visited,
            account.site_serviced,
        )
        groups[key] = groups.get(key, AccountCount()) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_14(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
            unclassified += 2
            continue
        key = (
            account.fleet_class,
            account.agreement_signed,
            account.site_visited,
            account.site_serviced,
        )
        groups[key] = groups.get(key, AccountCount()) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_15(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
            break
        key = (
            account.fleet_class,
            account.agreement_signed,
            account.site_visited,
            account.site_serviced,
        )
        groups[key] = groups.get(key, AccountCount()) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_16(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        key = None
        groups[key] = groups.get(key, AccountCount()) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_17(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = None
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_18(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(key, AccountCount()) - AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_19(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(None, AccountCount()) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_20(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(key, None) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_21(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(AccountCount()) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_22(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(key, ) + AccountCount(1, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_23(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(key, AccountCount()) + AccountCount(None, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_24(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(key, AccountCount()) + AccountCount(1, None)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_25(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(key, AccountCount()) + AccountCount(account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_26(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(key, AccountCount()) + AccountCount(1, )
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_27(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
        groups[key] = groups.get(key, AccountCount()) + AccountCount(2, account.vehicles)
    return _service_table_from_counts(groups, unclassified)


def x_service_table__mutmut_28(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    return _service_table_from_counts(None, unclassified)


def x_service_table__mutmut_29(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    return _service_table_from_counts(groups, None)


def x_service_table__mutmut_30(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    return _service_table_from_counts(unclassified)


def x_service_table__mutmut_31(accounts: Iterable[FleetAccount]) -> FleetServiceTable:
    """Build seed 004's table of agreements, site visits and site service by class.

    Each column counts the accounts (家数) and the vehicles of their fleets:
    classified (every account with a class), service agreement signed, visited
    at their site, serviced at their site.

    Args:
        accounts: Fleet accounts.

    Returns:
        A :class:`FleetServiceTable` with rows A, B, C and a total.

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
    return _service_table_from_counts(groups, )

mutants_x_service_table__mutmut['_mutmut_orig'] = x_service_table__mutmut_orig # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_1'] = x_service_table__mutmut_1 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_2'] = x_service_table__mutmut_2 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_3'] = x_service_table__mutmut_3 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_4'] = x_service_table__mutmut_4 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_5'] = x_service_table__mutmut_5 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_6'] = x_service_table__mutmut_6 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_7'] = x_service_table__mutmut_7 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_8'] = x_service_table__mutmut_8 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_9'] = x_service_table__mutmut_9 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_10'] = x_service_table__mutmut_10 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_11'] = x_service_table__mutmut_11 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_12'] = x_service_table__mutmut_12 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_13'] = x_service_table__mutmut_13 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_14'] = x_service_table__mutmut_14 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_15'] = x_service_table__mutmut_15 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_16'] = x_service_table__mutmut_16 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_17'] = x_service_table__mutmut_17 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_18'] = x_service_table__mutmut_18 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_19'] = x_service_table__mutmut_19 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_20'] = x_service_table__mutmut_20 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_21'] = x_service_table__mutmut_21 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_22'] = x_service_table__mutmut_22 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_23'] = x_service_table__mutmut_23 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_24'] = x_service_table__mutmut_24 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_25'] = x_service_table__mutmut_25 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_26'] = x_service_table__mutmut_26 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_27'] = x_service_table__mutmut_27 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_28'] = x_service_table__mutmut_28 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_29'] = x_service_table__mutmut_29 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_30'] = x_service_table__mutmut_30 # type: ignore # mutmut generated
mutants_x_service_table__mutmut['x_service_table__mutmut_31'] = x_service_table__mutmut_31 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__service_table_from_counts__mutmut)
def _service_table_from_counts(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_orig(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_1(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = None
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_2(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = None
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_3(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] = count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_4(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] -= count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_5(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["XXclassifiedXX"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_6(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["CLASSIFIED"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_7(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(None, flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_8(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], None, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_9(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=None):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_10(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_11(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_12(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, ):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_13(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[2:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_14(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=False):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_15(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] = count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_16(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] -= count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_17(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = None
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_18(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(None)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_19(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(None, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_20(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(**cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_21(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, ) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=unclassified)


def x__service_table_from_counts__mutmut_22(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=None, unclassified=unclassified)


def x__service_table_from_counts__mutmut_23(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, unclassified=None)


def x__service_table_from_counts__mutmut_24(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(unclassified=unclassified)


def x__service_table_from_counts__mutmut_25(
    groups: Mapping[tuple[FleetClass, bool, bool, bool], AccountCount], unclassified: int
) -> FleetServiceTable:
    """The result of :func:`service_table` from accounts and vehicles per group.

    A group is (class, agreement signed, site visited, site serviced), at most 24
    of them: what the SQL push-down's ``GROUP BY`` returns.
    """
    cells = {cls: {column: AccountCount() for column in SERVICE_COLUMNS} for cls in _CLASSES}
    for (fleet_class, *flags), count in groups.items():
        row = cells[fleet_class]
        row["classified"] += count
        for column, flag in zip(SERVICE_COLUMNS[1:], flags, strict=True):
            if flag:
                row[column] += count
    rows = tuple(FleetServiceRow(cls, **cells[cls]) for cls in _CLASSES)
    return FleetServiceTable(rows=rows, )

mutants_x__service_table_from_counts__mutmut['_mutmut_orig'] = x__service_table_from_counts__mutmut_orig # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_1'] = x__service_table_from_counts__mutmut_1 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_2'] = x__service_table_from_counts__mutmut_2 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_3'] = x__service_table_from_counts__mutmut_3 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_4'] = x__service_table_from_counts__mutmut_4 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_5'] = x__service_table_from_counts__mutmut_5 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_6'] = x__service_table_from_counts__mutmut_6 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_7'] = x__service_table_from_counts__mutmut_7 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_8'] = x__service_table_from_counts__mutmut_8 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_9'] = x__service_table_from_counts__mutmut_9 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_10'] = x__service_table_from_counts__mutmut_10 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_11'] = x__service_table_from_counts__mutmut_11 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_12'] = x__service_table_from_counts__mutmut_12 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_13'] = x__service_table_from_counts__mutmut_13 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_14'] = x__service_table_from_counts__mutmut_14 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_15'] = x__service_table_from_counts__mutmut_15 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_16'] = x__service_table_from_counts__mutmut_16 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_17'] = x__service_table_from_counts__mutmut_17 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_18'] = x__service_table_from_counts__mutmut_18 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_19'] = x__service_table_from_counts__mutmut_19 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_20'] = x__service_table_from_counts__mutmut_20 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_21'] = x__service_table_from_counts__mutmut_21 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_22'] = x__service_table_from_counts__mutmut_22 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_23'] = x__service_table_from_counts__mutmut_23 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_24'] = x__service_table_from_counts__mutmut_24 # type: ignore # mutmut generated
mutants_x__service_table_from_counts__mutmut['x__service_table_from_counts__mutmut_25'] = x__service_table_from_counts__mutmut_25 # type: ignore # mutmut generated
