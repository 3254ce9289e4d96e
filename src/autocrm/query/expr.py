"""Filter expressions: a small tree of frozen nodes over field paths of the domain types.

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

[`bind`][autocrm.query.expr.bind] turns a ``RelativeWindow`` into two ``Compare`` nodes once
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

import builtins
import enum
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Literal, TypeAlias

import attrs
from dateutil.relativedelta import relativedelta

from autocrm.domain.checks import check_collection, expect, expect_items
from autocrm.domain.money import to_money
from autocrm.domain.text import has_nul
from autocrm.domain.time import CHINA_TZ, local_date
from autocrm.errors import ValidationError, shown
from autocrm.query.errors import MissingAsOf, TypeMismatch, UnknownField
from autocrm.query.fields import (
    SCHEMA,
    FieldSpec,
    Relation,
    ValueType,
    entity_name,
    entity_schema,
    resolve_path,
)

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

#: The operators a [`Compare`][autocrm.query.expr.Compare] node may carry.
COMPARISON_OPERATORS = ("==", "!=", "<", "<=", ">", ">=")

Operator = Literal["==", "!=", "<", "<=", ">", ">="]


def _to_path(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def _as_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(check_collection(values, "values"))


def _default_type(self: Field) -> ValueType:
    return resolve_path(self.entity, self.path).type


@attrs.frozen
class Field:
    """A field path from a root entity: ``Field("work_order", ("vehicle", "insurer"))``.

    The path is checked against `autocrm.query.fields.SCHEMA` when the node is
    built; ``type`` is filled in from the schema when not given.

    Attributes:
        entity: The root entity's name (a domain class is accepted and converted).
        path: Attribute names after the root: one field, or a relation and its field.
        type: The field's [`ValueType`][autocrm.query.fields.ValueType].

    Examples:
        >>> fld = Field("work_order", "vehicle.insurer")
        >>> fld.name, fld.type.value, fld.relation.via
        ('work_order.vehicle.insurer', 'text', 'vin')
    """

    entity: str = attrs.field(converter=entity_name)
    path: tuple[str, ...] = attrs.field(converter=_to_path)
    type: ValueType = attrs.field(default=attrs.Factory(_default_type, takes_self=True))

    def __attrs_post_init__(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {shown(self.type)}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    @property
    def name(self) -> str:
        """The dotted path with its entity, as errors name it (``work_order.opened_at``)."""
        return ".".join((self.entity, *self.path))

    @property
    def spec(self) -> FieldSpec:
        """The [`FieldSpec`][autocrm.query.fields.FieldSpec] of the field at the end of the path."""
        return resolve_path(self.entity, self.path)

    @property
    def relation(self) -> Relation | None:
        """The relation the path crosses, or None for a field of the root entity."""
        if len(self.path) == 1:
            return None
        return SCHEMA[self.entity].relations[self.path[0]]

    @property
    def enum(self) -> builtins.type[enum.Enum] | None:
        """The enum class of an ENUM or ENUM_SET field."""
        return self.spec.enum


def _problem(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(f"{fld.name}: {message}", field=fld.name, value=value)


def _shown(value: object) -> str:
    return f"{type(value).__name__} {shown(value)}"


#: Whole numbers a query compares with fit in 64 bits, as every engine's integers do.
_INTEGER_RANGE = range(-(2**63), 2**63)


def _coerce(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, "the NUL character (\\x00) is not allowed in text", value)
            return value
        raise _problem(fld, f"expected a str, got {_shown(value)}", value)
    if kind is ValueType.INTEGER:
        if isinstance(value, int) and not isinstance(value, bool):
            if value not in _INTEGER_RANGE:
                raise _problem(fld, f"{_shown(value)} is outside the 64-bit range", value)
            return value
        raise _problem(fld, f"expected an int, got {_shown(value)}", value)
    if kind is ValueType.BOOLEAN:
        if isinstance(value, bool):
            return value
        raise _problem(fld, f"expected a bool, got {_shown(value)}", value)
    if kind is ValueType.DATE:
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        raise _problem(fld, f"expected a date, got {_shown(value)}", value)
    if kind is ValueType.DATETIME:
        if isinstance(value, datetime) and value.utcoffset() is not None:
            return value
        if isinstance(value, datetime):
            msg = f"datetime {value} has no time zone; use an aware datetime (CHINA_TZ)"
            raise _problem(fld, msg, value)
        raise _problem(fld, f"expected an aware datetime, got {_shown(value)}", value)
    if kind is ValueType.MONEY:
        if isinstance(value, (Decimal, int, str)) and not isinstance(value, bool):
            try:
                return to_money(value, field=fld.name)
            except ValidationError as exc:
                raise _problem(fld, str(exc).split(": ", 1)[-1], value) from None
        raise _problem(fld, f"expected money (Decimal, int or str), got {_shown(value)}", value)
    enum_type = fld.enum
    assert enum_type is not None  # ENUM and ENUM_SET fields always name their enum
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:
            if value in (member.value, getattr(member, "label", None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def _field_of(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(msg, field=None, value=value)


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
    2025-07-02. Use [`within_last`][autocrm.query.expr.within_last] /
    [`within_next`][autocrm.query.expr.within_next] to build one, and
    [`bind`][autocrm.query.expr.bind] or [`window_bounds`][autocrm.query.expr.window_bounds] to
    resolve it.

    Examples:
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
    if isinstance(item, FieldRef):
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
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(node, field="node")
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(item))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def needs_as_of(node: Filter) -> bool:
    """True if the filter holds a [`RelativeWindow`][autocrm.query.expr.RelativeWindow] (so it needs
    an ``as_of``).

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8)), needs_as_of(
        ...     F.work_order.vin == "LFV2A21K3D3109826")
        (True, False)
    """
    if isinstance(node, RelativeWindow):
        return True
    if isinstance(node, (And, Or)):
        return any(needs_as_of(item) for item in node.items)
    if isinstance(node, Not):
        return needs_as_of(node.item)
    return False


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=CHINA_TZ)


def window_bounds(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
    """Return the half-open bounds ``(low, high)`` of a window: ``low <= value < high``.

    For a datetime field the bounds are aware datetimes; for a date field, dates.

    Raises:
        autocrm.query.MissingAsOf: ``as_of`` is None or a naive datetime.

    Examples:
        >>> window_bounds(within_last(F.work_order.opened_at, months=8), as_of=date(2026, 3, 1))
        (datetime.datetime(2025, 7, 2, 0, 0, tzinfo=...),
         datetime.datetime(2026, 3, 2, 0, 0, tzinfo=...))
        >>> window_bounds(within_next(F.vehicle.insurance_renewal_on, days=30),
        ...               as_of=date(2026, 3, 1))
        (datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    """
    expect(window, RelativeWindow, field="window")
    if not isinstance(as_of, date) or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    try:
        return _bounds(window, as_of)
    except (OverflowError, ValueError) as exc:
        msg = (
            f"{window.field.name}: the window around as_of {shown(as_of)} runs past the "
            "dates the calendar can hold"
        )
        raise ValidationError(msg, field="as_of", value=as_of) from exc


def _bounds(window: RelativeWindow, as_of: date | datetime) -> tuple[Any, Any]:
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = as_of if isinstance(as_of, datetime) else _start_of(as_of)
        low, high = anchor, anchor + length
    if window.field.type is ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def bind(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every [`RelativeWindow`][autocrm.query.expr.RelativeWindow] replaced
    by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see
    [`window_bounds`][autocrm.query.expr.window_bounds]), so an engine that runs a bound filter
    never needs ``as_of``. A filter without windows is returned unchanged (``as_of`` may then be
    None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


class FieldRef:
    """A field path being written with ``F``: attribute access extends the path.

    ``F.work_order`` is the root, ``F.work_order.vehicle`` a relation and
    ``F.work_order.vehicle.insurer`` a field; operators on a field build filter
    nodes. A name clashing with a method (none do today) can be reached with
    ``F.vehicle["insurer"]``.

    Examples:
        >>> F.work_order.vehicle.insurer.field
        Field(entity='work_order', path=('vehicle', 'insurer'), type=<ValueType.TEXT: 'text'>)
        >>> (F.work_order.opened_at == "yesterday")
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: work_order.opened_at: expected an aware datetime, ...
    """

    __slots__ = ("_entity", "_path")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path = expect_items(path, str, field="path")
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def __getattr__(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> FieldRef:
        return FieldRef(self._entity, (*self._path, name))

    def __repr__(self) -> str:
        return f"<F.{'.'.join((self._entity, *self._path))}>"

    @property
    def field(self) -> Field:
        """The [`Field`][autocrm.query.expr.Field] node this path names.

        Raises:
            autocrm.query.UnknownField: the path ends at an entity or a relation.
        """
        if not self._path:
            msg = f"{self._entity}: name a field of {self._entity}, e.g. F.{self._entity}.version"
            raise UnknownField(msg, field=self._entity, value=None)
        return Field(self._entity, self._path)

    def __eq__(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("==", self.field, value)

    def __ne__(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("!=", self.field, value)

    def __lt__(self, value: object) -> Compare:
        return Compare("<", self.field, value)

    def __le__(self, value: object) -> Compare:
        return Compare("<=", self.field, value)

    def __gt__(self, value: object) -> Compare:
        return Compare(">", self.field, value)

    def __ge__(self, value: object) -> Compare:
        return Compare(">=", self.field, value)

    def in_(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, value=values)
        return In(self.field, tuple(values))

    def between(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(self.field, low, high)

    def contains(self, value: object) -> Contains:
        """A substring of a text field, or a member of a set field.

        Examples:
            >>> F.customer.tags.contains("vip").value
            'vip'
        """
        return Contains(self.field, value)

    def is_null(self) -> IsNull:
        """The value is missing.

        Examples:
            >>> (~F.vehicle.insurer.is_null()).entity
            'vehicle'
        """
        return IsNull(self.field)


class _Root:
    """``F``: the entry point of field paths, ``F.<entity>.<field>``."""

    __slots__ = ()

    def __getattr__(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return FieldRef(name)

    def __repr__(self) -> str:
        return "F"


#: Build field paths: ``F.work_order.vehicle.insurer``, ``F.customer.name``...
F = _Root()


def field(path: str) -> FieldRef:
    """Return the field a dotted path names, e.g. from a configuration file or a CLI.

    Examples:
        >>> by_name = field("work_order.vehicle.insurer") == "PICC"
        >>> by_name == (F.work_order.vehicle.insurer == "PICC")
        True
    """
    if not isinstance(path, str):
        msg = (  # type: ignore[unreachable]
            f"path: expected a dotted name such as 'vehicle.insurer', got {type(path).__name__}"
        )
        raise UnknownField(msg, field="path", value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def _window(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, months=months, days=days, direction=direction
    )


def within_last(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    The desk's "in the last eight months" is
    ``within_last(F.work_order.opened_at, months=8)`` (see
    [questions across conditions][sources-statistics-questions]).

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, days)


def within_next(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, days)
