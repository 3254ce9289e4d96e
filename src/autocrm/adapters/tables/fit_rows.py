"""Which rows of a batch fit the import's short path: columns checked whole.

For the tables with the most rows (work orders and their lines), the values read from
a batch are checked column by column with the domain's own field checks
(``autocrm.domain.column_checks``, each column in a few passes). A row whose every
value passes may be built without its constructor (`autocrm.adapters.tables.trusted`);
any other row goes through the validating constructor, which accepts it or names the
field at fault as it always has: a refusal never comes from here.

Examples:
    >>> from decimal import Decimal
    >>> from autocrm.domain import LineKind, Payer
    >>> columns = {"description": ["工时", ""], "amount": [Decimal("88.00")] * 2,
    ...            "payer": [Payer.SELF, None], "kind": [LineKind.LABOUR, None]}
    >>> sorted(unfit_rows("work_order_lines", columns, 2))
    [1]
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from autocrm.domain import LineKind, Payer, ServiceType, WorkOrder, WorkOrderLine
from autocrm.domain.column_checks import (
    unfit_amounts,
    unfit_counts,
    unfit_members,
    unfit_moments,
    unfit_texts,
)
from autocrm.domain.work_order import LINE_AMOUNT_LIMIT

__all__: list[str] = []

_Check = Callable[[Sequence[Any]], list[int]]


def _text(kind: type[Any], name: str) -> _Check:
    """The column check of a text field, with the field's own length and blank rules."""
    validator = attrs.fields_dict(kind)[name].validator
    return functools.partial(
        unfit_texts,
        max_length=validator.max_length,  # type: ignore[union-attr]
        optional=validator.optional,  # type: ignore[union-attr]
        allow_blank=validator.allow_blank,  # type: ignore[union-attr]
    )


def _member_lists(kind: type[Any], values: Sequence[Any]) -> list[int]:
    """Positions of the values that are not lists of members of ``kind`` alone."""
    if set(map(type, values)) == {list}:
        items = list(itertools.chain.from_iterable(values))
        if not unfit_members(items, kind):
            return []
    return [
        position
        for position, value in enumerate(values)
        if type(value) is not list or unfit_members(value, kind)
    ]


def _required(check: _Check) -> _Check:
    """``check``, a blank (None) value unfit too: the constructor must name it."""

    def checked(values: Sequence[Any]) -> list[int]:
        unfit = check(values)
        if None in values:
            return sorted({*unfit, *(i for i, value in enumerate(values) if value is None)})
        return unfit

    return checked


def _absent_or(check: _Check) -> _Check:
    """``check`` on the values given; a blank (None) value fits (the builder fills it)."""

    def checked(values: Sequence[Any]) -> list[int]:
        if None not in values:
            return check(values)
        given = [position for position, value in enumerate(values) if value is not None]
        return [given[i] for i in check([values[position] for position in given])]

    return checked


#: Per table: each field's column check (a field the mapping leaves out takes its default).
_CHECKS: Mapping[str, Mapping[str, _Check]] = {
    "work_order_lines": {
        "work_order_number": lambda values: [],  # a key for the lines, not a line field
        "description": _required(_text(WorkOrderLine, "description")),
        "amount": _required(functools.partial(unfit_amounts, limit=LINE_AMOUNT_LIMIT)),
        "payer": functools.partial(unfit_members, kind=Payer, optional=True),
        "kind": functools.partial(unfit_members, kind=LineKind, optional=True),
    },
    "work_orders": {
        "number": _required(_text(WorkOrder, "number")),
        # Absent, it is the vehicle's owner: a number that was checked as the vehicle's.
        "customer_number": _absent_or(_text(WorkOrder, "customer_number")),
        "vin": _required(_text(WorkOrder, "vin")),
        "opened_at": _required(unfit_moments),
        "closed_at": functools.partial(unfit_moments, optional=True),
        "service_types": functools.partial(_member_lists, ServiceType),
        "mileage_km": functools.partial(unfit_counts, optional=True),
        "service_advisor": _text(WorkOrder, "service_advisor"),
        "technician": _text(WorkOrder, "technician"),
        "appointment_number": _text(WorkOrder, "appointment_number"),
        "remarks": _text(WorkOrder, "remarks"),
    },
}


def unfit_rows(table: str, columns: Mapping[str, Sequence[Any]], rows: int) -> set[int]:
    """Positions of the rows of a batch that must go through the validating constructor.

    ``columns`` holds the values read for each mapped field. Every row of a table
    without column checks is unfit; so is a row with a value some field's check does
    not take as it is, or with a field the table has no check for.

    Examples:
        >>> unfit_rows("customers", {"number": ["C1"]}, 1)
        {0}
    """
    checks = _CHECKS.get(table)
    if checks is None or not columns.keys() <= checks.keys():
        return set(range(rows))
    unfit: set[int] = set()
    for field, values in columns.items():
        unfit.update(checks[field](values))
    return unfit
