"""The query model's expressions, gathered: field paths, filter nodes, windows and ``F``.

Each topic has its own module: [`autocrm.query.paths`][autocrm.query.paths] (the
``Field`` node), [`autocrm.query.filters`][autocrm.query.filters] (the filter nodes and
their semantics), [`autocrm.query.windows`][autocrm.query.windows] (dates relative to
``as_of``) and [`autocrm.query.builder`][autocrm.query.builder] (``F`` and ``field``).
This module keeps importing every one of their public names.

Examples:
    >>> from datetime import date
    >>> f = (F.vehicle.insurer == "PICC") & F.vehicle.purchased_on.between(
    ...     date(2024, 1, 1), date(2024, 12, 31))
    >>> type(f).__name__, f.entity, [type(i).__name__ for i in f.items]
    ('And', 'vehicle', ['Compare', 'Between'])
"""

from autocrm.query.builder import F, FieldRef, field
from autocrm.query.filters import (
    COMPARISON_OPERATORS,
    And,
    Between,
    Compare,
    Contains,
    Filter,
    In,
    IsNull,
    Not,
    Or,
    RelativeWindow,
    fields_of,
    require_filter,
)
from autocrm.query.paths import Field
from autocrm.query.windows import bind, needs_as_of, window_bounds, within_last, within_next

__all__ = [
    "COMPARISON_OPERATORS",
    "And",
    "Between",
    "Compare",
    "Contains",
    "F",
    "Field",
    "FieldRef",
    "Filter",
    "In",
    "IsNull",
    "Not",
    "Or",
    "RelativeWindow",
    "bind",
    "field",
    "fields_of",
    "needs_as_of",
    "require_filter",
    "window_bounds",
    "within_last",
    "within_next",
]
