"""One query model, two engines: filters, grouping and aggregates over the archive.

Write a filter once with ``F`` and it runs in memory ([`evaluate`][autocrm.query],
[`aggregate`][autocrm.query]) or compiles to SQL in
[`autocrm.adapters.sqlalchemy`][autocrm.adapters.sqlalchemy].

Examples:
    >>> from datetime import date, datetime
    >>> from autocrm.domain import CHINA_TZ, WorkOrder, WorkOrderLine
    >>> wo = WorkOrder("WO1", customer_number="C000001", vin="LFV2A21K3D3109826",
    ...                opened_at=datetime(2025, 10, 9, 9, 30, tzinfo=CHINA_TZ),
    ...                service_types=["保养"], lines=[WorkOrderLine("机油", "420")])
    >>> where = within_last(F.work_order.opened_at, months=8) & (F.work_order.self_paid > 0)
    >>> [w.number for w in evaluate(where, [wo], as_of=date(2026, 3, 1))]
    ['WO1']
"""

from autocrm.query.aggregate import (
    AggregateResult,
    AggregateRow,
    Count,
    CountDistinct,
    GroupKey,
    Measure,
    Period,
    SumMoney,
    aggregate,
    count,
    count_distinct,
    month,
    sum_money,
    year,
)
from autocrm.query.builder import F, FieldRef, field
from autocrm.query.errors import (
    EncryptedField,
    MissingAsOf,
    MissingLookup,
    QueryError,
    TypeMismatch,
    UnknownField,
)
from autocrm.query.evaluate import Lookup, compile_filter, evaluate, matches
from autocrm.query.fields import SCHEMA, EntitySchema, FieldSpec, Relation, ValueType
from autocrm.query.filters import (
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
)
from autocrm.query.paths import Field
from autocrm.query.windows import bind, needs_as_of, window_bounds, within_last, within_next

__all__ = [
    "SCHEMA",
    "AggregateResult",
    "AggregateRow",
    "And",
    "Between",
    "Compare",
    "Contains",
    "Count",
    "CountDistinct",
    "EncryptedField",
    "EntitySchema",
    "F",
    "Field",
    "FieldRef",
    "FieldSpec",
    "Filter",
    "GroupKey",
    "In",
    "IsNull",
    "Lookup",
    "Measure",
    "MissingAsOf",
    "MissingLookup",
    "Not",
    "Or",
    "Period",
    "QueryError",
    "Relation",
    "RelativeWindow",
    "SumMoney",
    "TypeMismatch",
    "UnknownField",
    "ValueType",
    "aggregate",
    "bind",
    "compile_filter",
    "count",
    "count_distinct",
    "evaluate",
    "field",
    "fields_of",
    "matches",
    "month",
    "needs_as_of",
    "sum_money",
    "window_bounds",
    "within_last",
    "within_next",
    "year",
]
