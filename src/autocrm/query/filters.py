"""Filter nodes: a small tree of frozen nodes over field paths of the domain types.

Write a filter with the builder ``F`` and Python operators; the result is a tree of
plain frozen attrs nodes that both engines read (the in-memory engine in
`autocrm.query.evaluate`, the SQL adapter by matching on the node classes):

| node | meaning |
|---|---|
| ``Field(entity, path, type)`` | a field path, e.g. ``work_order`` / ``("vehicle", "insurer")`` |
| ``Compare(op, field, value)`` | ``op`` one of ``== != < <= > >=`` |
| ``In(field, values)`` | the value is one of ``values`` (a tuple; empty: nothing matches) |
| ``Between(field, low, high)`` | ``low <= value <= high`` (both ends included) |
| ``Contains(field, value)`` | substring of a text field; member of a set field (tags, ...) |
| ``IsNull(field)`` | the value is missing (None) |
| ``And(items)``, ``Or(items)`` | all / any of two or more filters (nested Ands are flattened) |
| ``Not(item)`` | the opposite |
| ``RelativeWindow(field, ...)`` | a date window relative to ``as_of`` (see below) |

[`bind`][autocrm.query.windows.bind] turns a ``RelativeWindow`` into two ``Compare`` nodes once
``as_of`` is known.

Semantics both engines keep (pinned by a property test):

* **Two-valued logic.** A comparison, ``In``, ``Between`` or ``Contains`` on a missing
  value (None, or a related record that is not in the archive) is *false*, never
  "unknown"; so ``~(F.vehicle.insurer == "PICC")`` matches vehicles with no insurer,
  and ``f != v`` is exactly ``~(f == v)``. (SQL must guard nullable columns, e.g.
  ``col IS NOT NULL AND col = v``, so that ``NOT`` works the same.)
* Values are checked and normalised when the node is built: an enum field accepts the
  member, its code or its Chinese label and stores the member; money accepts
  ``Decimal``, ``int`` or a decimal string and stores a ``Decimal`` to the fen; a
  datetime field wants an aware ``datetime``; a date field a ``date``. Text has no
  order (databases sort text by collation), so ``<`` on text is refused.
* ``Contains`` on text is a case-sensitive substring test (SQL: ``instr``/``strpos``
  or an escaped ``LIKE`` on a case-sensitive collation).
* A filter has one root entity; combining filters of different entities is refused.
* A filter has no truth value: use ``&``, ``|``, ``~``, never ``and``/``or``/``not``,
  and test an optional filter with ``is None``.

Examples:
    >>> from datetime import date
    >>> from autocrm.query.builder import F
    >>> f = (F.vehicle.insurer == "PICC") & F.vehicle.purchased_on.between(
    ...     date(2024, 1, 1), date(2024, 12, 31))
    >>> type(f).__name__, f.entity, [type(i).__name__ for i in f.items]
    ('And', 'vehicle', ['Compare', 'Between'])
    >>> F.vehicle.purchased_on > "2024-01-01"
    Traceback (most recent call last):
    ...
    autocrm.query.errors.TypeMismatch: vehicle.purchased_on: expected a date, got str '2024-01-01'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal, TypeAlias

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain.checks import check_collection
from autocrm.errors import shown
from autocrm.query.errors import TypeMismatch
from autocrm.query.fields import ValueType
from autocrm.query.paths import Field, _field_of, _Reference, _shown
from autocrm.query.values import _as_tuple, _coerce, _problem

__all__ = [
    "COMPARISON_OPERATORS",
    "And",
    "Between",
    "Compare",
    "Contains",
    "Filter",
    "In",
    "IsNull",
    "Not",
    "Or",
    "RelativeWindow",
    "fields_of",
    "require_filter",
]

#: The operators a [`Compare`][autocrm.query.filters.Compare] node may carry.
COMPARISON_OPERATORS = ("==", "!=", "<", "<=", ">", ">=")

Operator = Literal["==", "!=", "<", "<=", ">", ">="]


class _Node:
    """Operators shared by every filter node: ``&``, ``|``, ``~``."""

    __slots__ = ()

    @property
    def entity(self) -> str:
        """The root entity the filter selects records of."""
        raise NotImplementedError

    def __and__(self, other: Filter) -> And:
        return And((self, other))  # type: ignore[arg-type]

    def __or__(self, other: Filter) -> Or:
        return Or((self, other))  # type: ignore[arg-type]

    def __invert__(self) -> Not:
        return Not(self)  # type: ignore[arg-type]

    def __bool__(self) -> bool:
        msg = (
            "a filter has no truth value: combine filters with &, |, ~ (not and/or/not) "
            "and test an optional filter with `is None`"
        )
        raise TypeError(msg)


class _Leaf(_Node):
    __slots__ = ()
    field: Field

    @property
    def entity(self) -> str:
        """The root entity of the field."""
        return self.field.entity


def _check_not_collection(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = f"{operation} does not apply to a set field; use {fld.name}.contains(...)"
        raise _problem(fld, msg, None)


@attrs.frozen
class Compare(_Leaf):
    """``field op value``; ``op`` is one of ``== != < <= > >=``.

    Examples:
        >>> from autocrm.query.builder import F
        >>> Compare("==", Field("vehicle", "insurer"), "PICC") == (F.vehicle.insurer == "PICC")
        True
    """

    op: Operator = attrs.field()
    field: Field = attrs.field(converter=_field_of)
    value: Any = attrs.field()

    def __attrs_post_init__(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))


@attrs.frozen
class In(_Leaf):
    """The value is one of ``values`` (an empty tuple matches nothing).

    Examples:
        >>> from autocrm.query.builder import F
        >>> F.work_order.service_advisor.in_(["张伟", "李娜"]).values
        ('张伟', '李娜')
    """

    field: Field = attrs.field(converter=_field_of)
    values: tuple[Any, ...] = attrs.field(converter=_as_tuple)

    def __attrs_post_init__(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)


@attrs.frozen
class Between(_Leaf):
    """``low <= value <= high``, both ends included (for ordered types only).

    Examples:
        >>> from autocrm.query.builder import F
        >>> F.work_order.total.between(0, "500").high
        Decimal('500.00')
    """

    field: Field = attrs.field(converter=_field_of)
    low: Any = attrs.field()
    high: Any = attrs.field()

    def __attrs_post_init__(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))


@attrs.frozen
class Contains(_Leaf):
    """A substring of a text field, or a member of a set field (tags, service types).

    Examples:
        >>> from autocrm.query.builder import F
        >>> F.work_order.service_types.contains("保养").value
        <ServiceType.MAINTENANCE: 'maintenance'>
    """

    field: Field = attrs.field(converter=_field_of)
    value: Any = attrs.field()

    def __attrs_post_init__(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))


@attrs.frozen
class IsNull(_Leaf):
    """The value is missing (None); for a path across a relation, also a missing record.

    Examples:
        >>> from autocrm.query.builder import F
        >>> F.vehicle.insurer.is_null().field.name
        'vehicle.insurer'
    """

    field: Field = attrs.field(converter=_field_of)

    def __attrs_post_init__(self) -> None:
        _check_not_collection(self.field, "is_null")


def _positive(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


@attrs.frozen
class RelativeWindow(_Leaf):
    """A date window of a given length ending (``past``) or starting (``future``) at as_of.

    The window is half-open. For ``direction="past"`` it is
    ``[end - length, end)`` where ``end`` is ``as_of`` if it is a datetime, and the
    start of the next day (China Standard Time) if ``as_of`` is a date, so the
    ``as_of`` day itself is inside. For ``"future"`` it is ``[start, start + length)``
    with ``start`` = ``as_of`` (a date meaning the start of that day). Lengths use
    calendar arithmetic (``relativedelta``): eight months before 2026-03-02 is
    2025-07-02. Use [`within_last`][autocrm.query.windows.within_last] /
    [`within_next`][autocrm.query.windows.within_next] to build one, and
    [`bind`][autocrm.query.windows.bind] or
    [`window_bounds`][autocrm.query.windows.window_bounds] to resolve it.

    Examples:
        >>> from autocrm.query.builder import F
        >>> from autocrm.query.windows import within_last
        >>> w = within_last(F.work_order.opened_at, months=8)
        >>> (w.years, w.months, w.days, w.direction)
        (0, 8, 0, 'past')
    """

    field: Field = attrs.field(converter=_field_of)
    years: int = attrs.field(default=0, validator=_positive, kw_only=True)
    months: int = attrs.field(default=0, validator=_positive, kw_only=True)
    days: int = attrs.field(default=0, validator=_positive, kw_only=True)
    direction: Literal["past", "future"] = attrs.field(default="past", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    @property
    def length(self) -> relativedelta:
        """The window's length as a ``relativedelta``."""
        return relativedelta(years=self.years, months=self.months, days=self.days)


def _check_filter(item: object) -> None:
    if isinstance(item, _Reference):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def _flatten(kind: type[_Node], items: Iterable[object]) -> tuple[Filter, ...]:
    flat: list[Filter] = []
    for item in check_collection(items, "items"):
        _check_filter(item)
        if isinstance(item, kind):
            flat.extend(item.items)  # type: ignore[attr-defined]
        else:
            flat.append(item)  # type: ignore[arg-type]
    return tuple(flat)


def _check_one_entity(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


@attrs.frozen
class And(_Node):
    """All of ``items`` hold (nested Ands are flattened).

    Examples:
        >>> from autocrm.query.builder import F
        >>> f = (F.vehicle.brand == "大众") & (F.vehicle.model == "速腾")
        >>> f = f & F.vehicle.plate.is_null()
        >>> len(f.items)
        3
    """

    items: tuple[Filter, ...] = attrs.field()

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "items", _flatten(And, self.items))
        _check_one_entity(self.items)

    @property
    def entity(self) -> str:
        """The common root entity of the items."""
        return self.items[0].entity


@attrs.frozen
class Or(_Node):
    """Any of ``items`` holds (nested Ors are flattened).

    Examples:
        >>> from autocrm.query.builder import F
        >>> len(((F.vehicle.brand == "大众") | (F.vehicle.brand == "丰田")).items)
        2
    """

    items: tuple[Filter, ...] = attrs.field()

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "items", _flatten(Or, self.items))
        _check_one_entity(self.items)

    @property
    def entity(self) -> str:
        """The common root entity of the items."""
        return self.items[0].entity


@attrs.frozen
class Not(_Node):
    """``item`` does not hold (two-valued: a missing value makes a comparison false).

    Examples:
        >>> from autocrm.query.builder import F
        >>> (~(F.vehicle.insurer == "PICC")).item.value
        'PICC'
    """

    item: Filter = attrs.field()

    def __attrs_post_init__(self) -> None:
        _check_filter(self.item)

    @property
    def entity(self) -> str:
        """The root entity of the item."""
        return self.item.entity


#: Any filter node.
Filter: TypeAlias = Compare | In | Between | Contains | IsNull | And | Or | Not | RelativeWindow


def require_filter(node: object, *, field: str = "where") -> Filter:
    """Return ``node`` if it is a filter, else raise a TypeMismatch naming ``field``.

    Examples:
        >>> from autocrm.query.builder import F
        >>> require_filter(F.customer.name == "王建国").entity
        'customer'
        >>> require_filter("name = '王建国'")
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: where: expected a filter such as ..., got str
    """
    if not isinstance(node, _Node):
        msg = (
            f"{field}: expected a filter such as F.customer.name == '王建国', "
            f"got {type(node).__name__}"
        )
        raise TypeMismatch(msg, field=field, value=node)
    return node  # type: ignore[return-value]


def fields_of(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> from autocrm.query.builder import F
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(node, field="node")
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(item))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)
