"""Filter expressions: a small tree of frozen nodes over field paths of the domain types.

Write a filter with the builder ``F`` and Python operators; the result is a tree of
plain frozen attrs nodes that both engines read (the in-memory engine in
:mod:`autocrm.query.evaluate`, the SQL adapter by matching on the node classes):

==========================  =============================================================
node                        meaning
==========================  =============================================================
``Field(entity, path, type)``  a field path, e.g. ``work_order`` / ``("vehicle", "insurer")``
``Compare(op, field, value)``  ``op`` one of ``== != < <= > >=``
``In(field, values)``          the value is one of ``values`` (a tuple; empty: nothing matches)
``Between(field, low, high)``  ``low <= value <= high`` (both ends included)
``Contains(field, value)``     substring of a text field; member of a set field (tags,
                               service types)
``IsNull(field)``              the value is missing (None)
``And(items)``, ``Or(items)``  all / any of two or more filters (nested Ands are flattened)
``Not(item)``                  the opposite
``RelativeWindow(field, ...)`` a date window relative to ``as_of``; :func:`bind` turns it
                               into two ``Compare`` nodes once ``as_of`` is known
==========================  =============================================================

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

#: The operators a :class:`Compare` node may carry.
COMPARISON_OPERATORS = ("==", "!=", "<", "<=", ">", ">=")

Operator = Literal["==", "!=", "<", "<=", ">", ">="]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__to_path__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__to_path__mutmut)
def _to_path(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_orig(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_1(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(None)
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_2(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split(None))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_3(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("XX.XX"))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_4(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = None
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_5(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if (isinstance(value, Iterable)) and False else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_6(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if (isinstance(value, Iterable)) or True else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_7(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(None) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_8(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_9(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(None):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_10(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = None
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_11(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(None)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


def x__to_path__mutmut_12(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(None, field="path", value=value)
    return parts


def x__to_path__mutmut_13(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field=None, value=value)
    return parts


def x__to_path__mutmut_14(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=None)
    return parts


def x__to_path__mutmut_15(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(field="path", value=value)
    return parts


def x__to_path__mutmut_16(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, value=value)
    return parts


def x__to_path__mutmut_17(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", )
    return parts


def x__to_path__mutmut_18(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="XXpathXX", value=value)
    return parts


def x__to_path__mutmut_19(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="PATH", value=value)
    return parts

mutants_x__to_path__mutmut['_mutmut_orig'] = x__to_path__mutmut_orig # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_1'] = x__to_path__mutmut_1 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_2'] = x__to_path__mutmut_2 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_3'] = x__to_path__mutmut_3 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_4'] = x__to_path__mutmut_4 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_5'] = x__to_path__mutmut_5 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_6'] = x__to_path__mutmut_6 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_7'] = x__to_path__mutmut_7 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_8'] = x__to_path__mutmut_8 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_9'] = x__to_path__mutmut_9 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_10'] = x__to_path__mutmut_10 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_11'] = x__to_path__mutmut_11 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_12'] = x__to_path__mutmut_12 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_13'] = x__to_path__mutmut_13 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_14'] = x__to_path__mutmut_14 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_15'] = x__to_path__mutmut_15 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_16'] = x__to_path__mutmut_16 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_17'] = x__to_path__mutmut_17 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_18'] = x__to_path__mutmut_18 # type: ignore # mutmut generated
mutants_x__to_path__mutmut['x__to_path__mutmut_19'] = x__to_path__mutmut_19 # type: ignore # mutmut generated
mutants_x__as_tuple__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_tuple__mutmut)
def _as_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(values)


def x__as_tuple__mutmut_orig(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(values)


def x__as_tuple__mutmut_1(values: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(None)

mutants_x__as_tuple__mutmut['_mutmut_orig'] = x__as_tuple__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_tuple__mutmut['x__as_tuple__mutmut_1'] = x__as_tuple__mutmut_1 # type: ignore # mutmut generated
mutants_x__default_type__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__default_type__mutmut)
def _default_type(self: Field) -> ValueType:
    return resolve_path(self.entity, self.path).type


def x__default_type__mutmut_orig(self: Field) -> ValueType:
    return resolve_path(self.entity, self.path).type


def x__default_type__mutmut_1(self: Field) -> ValueType:
    return resolve_path(None, self.path).type


def x__default_type__mutmut_2(self: Field) -> ValueType:
    return resolve_path(self.entity, None).type


def x__default_type__mutmut_3(self: Field) -> ValueType:
    return resolve_path(self.path).type


def x__default_type__mutmut_4(self: Field) -> ValueType:
    return resolve_path(self.entity, ).type

mutants_x__default_type__mutmut['_mutmut_orig'] = x__default_type__mutmut_orig # type: ignore # mutmut generated
mutants_x__default_type__mutmut['x__default_type__mutmut_1'] = x__default_type__mutmut_1 # type: ignore # mutmut generated
mutants_x__default_type__mutmut['x__default_type__mutmut_2'] = x__default_type__mutmut_2 # type: ignore # mutmut generated
mutants_x__default_type__mutmut['x__default_type__mutmut_3'] = x__default_type__mutmut_3 # type: ignore # mutmut generated
mutants_x__default_type__mutmut['x__default_type__mutmut_4'] = x__default_type__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Field:
    """A field path from a root entity: ``Field("work_order", ("vehicle", "insurer"))``.

    The path is checked against :data:`autocrm.query.fields.SCHEMA` when the node is
    built; ``type`` is filled in from the schema when not given.

    Attributes:
        entity: The root entity's name (a domain class is accepted and converted).
        path: Attribute names after the root: one field, or a relation and its field.
        type: The field's :class:`~autocrm.query.fields.ValueType`.

    Examples:
        >>> fld = Field("work_order", "vehicle.insurer")
        >>> fld.name, fld.type.value, fld.relation.via
        ('work_order.vehicle.insurer', 'text', 'vin')
    """

    entity: str = attrs.field(converter=entity_name)
    path: tuple[str, ...] = attrs.field(converter=_to_path)
    type: ValueType = attrs.field(default=attrs.Factory(_default_type, takes_self=True))

    @_mutmut_mutated(mutants_xǁFieldǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_orig(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_1(self) -> None:
        spec = None
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_2(self) -> None:
        spec = resolve_path(None, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_3(self) -> None:
        spec = resolve_path(self.entity, None)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_4(self) -> None:
        spec = resolve_path(self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_5(self) -> None:
        spec = resolve_path(self.entity, )
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_6(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_7(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = None
            raise TypeMismatch(msg, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_8(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(None, field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_9(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=None, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_10(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, value=None)

    def xǁFieldǁ__attrs_post_init____mutmut_11(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(field=self.name, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_12(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, value=self.type)

    def xǁFieldǁ__attrs_post_init____mutmut_13(self) -> None:
        spec = resolve_path(self.entity, self.path)
        if spec.type is not self.type:
            msg = f"{self.name}: is a {spec.type.value} field, not {self.type}"
            raise TypeMismatch(msg, field=self.name, )

    @property
    def name(self) -> str:
        """The dotted path with its entity, as errors name it (``work_order.opened_at``)."""
        return ".".join((self.entity, *self.path))

    @property
    def spec(self) -> FieldSpec:
        """The :class:`~autocrm.query.fields.FieldSpec` of the field at the end of the path."""
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

mutants_xǁFieldǁ__attrs_post_init____mutmut['_mutmut_orig'] = Field.xǁFieldǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_1'] = Field.xǁFieldǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_2'] = Field.xǁFieldǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_3'] = Field.xǁFieldǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_4'] = Field.xǁFieldǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_5'] = Field.xǁFieldǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_6'] = Field.xǁFieldǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_7'] = Field.xǁFieldǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_8'] = Field.xǁFieldǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_9'] = Field.xǁFieldǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_10'] = Field.xǁFieldǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_11'] = Field.xǁFieldǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_12'] = Field.xǁFieldǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldǁ__attrs_post_init____mutmut['xǁFieldǁ__attrs_post_init____mutmut_13'] = Field.xǁFieldǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_x__problem__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__problem__mutmut)
def _problem(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(f"{fld.name}: {message}", field=fld.name, value=value)


def x__problem__mutmut_orig(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(f"{fld.name}: {message}", field=fld.name, value=value)


def x__problem__mutmut_1(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(None, field=fld.name, value=value)


def x__problem__mutmut_2(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(f"{fld.name}: {message}", field=None, value=value)


def x__problem__mutmut_3(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(f"{fld.name}: {message}", field=fld.name, value=None)


def x__problem__mutmut_4(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(field=fld.name, value=value)


def x__problem__mutmut_5(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(f"{fld.name}: {message}", value=value)


def x__problem__mutmut_6(fld: Field, message: str, value: object) -> TypeMismatch:
    return TypeMismatch(f"{fld.name}: {message}", field=fld.name, )

mutants_x__problem__mutmut['_mutmut_orig'] = x__problem__mutmut_orig # type: ignore # mutmut generated
mutants_x__problem__mutmut['x__problem__mutmut_1'] = x__problem__mutmut_1 # type: ignore # mutmut generated
mutants_x__problem__mutmut['x__problem__mutmut_2'] = x__problem__mutmut_2 # type: ignore # mutmut generated
mutants_x__problem__mutmut['x__problem__mutmut_3'] = x__problem__mutmut_3 # type: ignore # mutmut generated
mutants_x__problem__mutmut['x__problem__mutmut_4'] = x__problem__mutmut_4 # type: ignore # mutmut generated
mutants_x__problem__mutmut['x__problem__mutmut_5'] = x__problem__mutmut_5 # type: ignore # mutmut generated
mutants_x__problem__mutmut['x__problem__mutmut_6'] = x__problem__mutmut_6 # type: ignore # mutmut generated
mutants_x__shown__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__shown__mutmut)
def _shown(value: object) -> str:
    return f"{type(value).__name__} {shown(value)}"


def x__shown__mutmut_orig(value: object) -> str:
    return f"{type(value).__name__} {shown(value)}"


def x__shown__mutmut_1(value: object) -> str:
    return f"{type(None).__name__} {shown(value)}"


def x__shown__mutmut_2(value: object) -> str:
    return f"{type(value).__name__} {shown(None)}"

mutants_x__shown__mutmut['_mutmut_orig'] = x__shown__mutmut_orig # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_1'] = x__shown__mutmut_1 # type: ignore # mutmut generated
mutants_x__shown__mutmut['x__shown__mutmut_2'] = x__shown__mutmut_2 # type: ignore # mutmut generated


#: Whole numbers a query compares with fit in 64 bits, as every engine's integers do.
_INTEGER_RANGE = range(-(2**63), 2**63)
mutants_x__coerce__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__coerce__mutmut)
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


def x__coerce__mutmut_orig(fld: Field, value: object, *, element: bool = False) -> Any:
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


def x__coerce__mutmut_1(fld: Field, value: object, *, element: bool = True) -> Any:
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


def x__coerce__mutmut_2(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = None
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


def x__coerce__mutmut_3(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is not None:
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


def x__coerce__mutmut_4(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = None
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


def x__coerce__mutmut_5(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(None, msg, value)
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


def x__coerce__mutmut_6(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, None, value)
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


def x__coerce__mutmut_7(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, None)
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


def x__coerce__mutmut_8(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(msg, value)
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


def x__coerce__mutmut_9(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, value)
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


def x__coerce__mutmut_10(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, )
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


def x__coerce__mutmut_11(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind not in (ValueType.TEXT, ValueType.TEXT_SET):
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


def x__coerce__mutmut_12(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) or not isinstance(value, enum.Enum):
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


def x__coerce__mutmut_13(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and isinstance(value, enum.Enum):
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


def x__coerce__mutmut_14(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(None):
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


def x__coerce__mutmut_15(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(None, "the NUL character (\\x00) is not allowed in text", value)
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


def x__coerce__mutmut_16(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, None, value)
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


def x__coerce__mutmut_17(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, "the NUL character (\\x00) is not allowed in text", None)
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


def x__coerce__mutmut_18(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem("the NUL character (\\x00) is not allowed in text", value)
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


def x__coerce__mutmut_19(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, value)
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


def x__coerce__mutmut_20(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, "the NUL character (\\x00) is not allowed in text", )
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


def x__coerce__mutmut_21(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, "XXthe NUL character (\\x00) is not allowed in textXX", value)
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


def x__coerce__mutmut_22(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, "the nul character (\\x00) is not allowed in text", value)
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


def x__coerce__mutmut_23(fld: Field, value: object, *, element: bool = False) -> Any:
    """Return ``value`` checked and normalised for ``fld`` (an element for set fields)."""
    kind = fld.type
    if value is None:
        msg = f"None is not a value to compare with; use {fld.name}.is_null()"
        raise _problem(fld, msg, value)
    if kind in (ValueType.TEXT, ValueType.TEXT_SET):
        if isinstance(value, str) and not isinstance(value, enum.Enum):
            if has_nul(value):
                raise _problem(fld, "THE NUL CHARACTER (\\x00) IS NOT ALLOWED IN TEXT", value)
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


def x__coerce__mutmut_24(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(None, f"expected a str, got {_shown(value)}", value)
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


def x__coerce__mutmut_25(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, None, value)
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


def x__coerce__mutmut_26(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a str, got {_shown(value)}", None)
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


def x__coerce__mutmut_27(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(f"expected a str, got {_shown(value)}", value)
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


def x__coerce__mutmut_28(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, value)
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


def x__coerce__mutmut_29(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a str, got {_shown(value)}", )
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


def x__coerce__mutmut_30(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a str, got {_shown(None)}", value)
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


def x__coerce__mutmut_31(fld: Field, value: object, *, element: bool = False) -> Any:
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
    if kind is not ValueType.INTEGER:
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


def x__coerce__mutmut_32(fld: Field, value: object, *, element: bool = False) -> Any:
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
        if isinstance(value, int) or not isinstance(value, bool):
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


def x__coerce__mutmut_33(fld: Field, value: object, *, element: bool = False) -> Any:
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
        if isinstance(value, int) and isinstance(value, bool):
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


def x__coerce__mutmut_34(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value in _INTEGER_RANGE:
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


def x__coerce__mutmut_35(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(None, f"{_shown(value)} is outside the 64-bit range", value)
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


def x__coerce__mutmut_36(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, None, value)
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


def x__coerce__mutmut_37(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, f"{_shown(value)} is outside the 64-bit range", None)
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


def x__coerce__mutmut_38(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(f"{_shown(value)} is outside the 64-bit range", value)
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


def x__coerce__mutmut_39(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, value)
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


def x__coerce__mutmut_40(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, f"{_shown(value)} is outside the 64-bit range", )
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


def x__coerce__mutmut_41(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, f"{_shown(None)} is outside the 64-bit range", value)
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


def x__coerce__mutmut_42(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(None, f"expected an int, got {_shown(value)}", value)
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


def x__coerce__mutmut_43(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, None, value)
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


def x__coerce__mutmut_44(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected an int, got {_shown(value)}", None)
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


def x__coerce__mutmut_45(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(f"expected an int, got {_shown(value)}", value)
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


def x__coerce__mutmut_46(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, value)
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


def x__coerce__mutmut_47(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected an int, got {_shown(value)}", )
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


def x__coerce__mutmut_48(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected an int, got {_shown(None)}", value)
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


def x__coerce__mutmut_49(fld: Field, value: object, *, element: bool = False) -> Any:
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
    if kind is not ValueType.BOOLEAN:
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


def x__coerce__mutmut_50(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(None, f"expected a bool, got {_shown(value)}", value)
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


def x__coerce__mutmut_51(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, None, value)
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


def x__coerce__mutmut_52(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a bool, got {_shown(value)}", None)
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


def x__coerce__mutmut_53(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(f"expected a bool, got {_shown(value)}", value)
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


def x__coerce__mutmut_54(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, value)
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


def x__coerce__mutmut_55(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a bool, got {_shown(value)}", )
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


def x__coerce__mutmut_56(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a bool, got {_shown(None)}", value)
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


def x__coerce__mutmut_57(fld: Field, value: object, *, element: bool = False) -> Any:
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
    if kind is not ValueType.DATE:
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


def x__coerce__mutmut_58(fld: Field, value: object, *, element: bool = False) -> Any:
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
        if isinstance(value, date) or not isinstance(value, datetime):
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


def x__coerce__mutmut_59(fld: Field, value: object, *, element: bool = False) -> Any:
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
        if isinstance(value, date) and isinstance(value, datetime):
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


def x__coerce__mutmut_60(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(None, f"expected a date, got {_shown(value)}", value)
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


def x__coerce__mutmut_61(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, None, value)
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


def x__coerce__mutmut_62(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a date, got {_shown(value)}", None)
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


def x__coerce__mutmut_63(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(f"expected a date, got {_shown(value)}", value)
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


def x__coerce__mutmut_64(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, value)
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


def x__coerce__mutmut_65(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a date, got {_shown(value)}", )
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


def x__coerce__mutmut_66(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected a date, got {_shown(None)}", value)
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


def x__coerce__mutmut_67(fld: Field, value: object, *, element: bool = False) -> Any:
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
    if kind is not ValueType.DATETIME:
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


def x__coerce__mutmut_68(fld: Field, value: object, *, element: bool = False) -> Any:
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
        if isinstance(value, datetime) or value.utcoffset() is not None:
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


def x__coerce__mutmut_69(fld: Field, value: object, *, element: bool = False) -> Any:
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
        if isinstance(value, datetime) and value.utcoffset() is None:
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


def x__coerce__mutmut_70(fld: Field, value: object, *, element: bool = False) -> Any:
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
            msg = None
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


def x__coerce__mutmut_71(fld: Field, value: object, *, element: bool = False) -> Any:
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
            raise _problem(None, msg, value)
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


def x__coerce__mutmut_72(fld: Field, value: object, *, element: bool = False) -> Any:
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
            raise _problem(fld, None, value)
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


def x__coerce__mutmut_73(fld: Field, value: object, *, element: bool = False) -> Any:
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
            raise _problem(fld, msg, None)
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


def x__coerce__mutmut_74(fld: Field, value: object, *, element: bool = False) -> Any:
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
            raise _problem(msg, value)
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


def x__coerce__mutmut_75(fld: Field, value: object, *, element: bool = False) -> Any:
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
            raise _problem(fld, value)
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


def x__coerce__mutmut_76(fld: Field, value: object, *, element: bool = False) -> Any:
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
            raise _problem(fld, msg, )
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


def x__coerce__mutmut_77(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(None, f"expected an aware datetime, got {_shown(value)}", value)
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


def x__coerce__mutmut_78(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, None, value)
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


def x__coerce__mutmut_79(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected an aware datetime, got {_shown(value)}", None)
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


def x__coerce__mutmut_80(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(f"expected an aware datetime, got {_shown(value)}", value)
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


def x__coerce__mutmut_81(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, value)
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


def x__coerce__mutmut_82(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected an aware datetime, got {_shown(value)}", )
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


def x__coerce__mutmut_83(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected an aware datetime, got {_shown(None)}", value)
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


def x__coerce__mutmut_84(fld: Field, value: object, *, element: bool = False) -> Any:
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
    if kind is not ValueType.MONEY:
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


def x__coerce__mutmut_85(fld: Field, value: object, *, element: bool = False) -> Any:
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
        if isinstance(value, (Decimal, int, str)) or not isinstance(value, bool):
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


def x__coerce__mutmut_86(fld: Field, value: object, *, element: bool = False) -> Any:
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
        if isinstance(value, (Decimal, int, str)) and isinstance(value, bool):
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


def x__coerce__mutmut_87(fld: Field, value: object, *, element: bool = False) -> Any:
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
                return to_money(None, field=fld.name)
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


def x__coerce__mutmut_88(fld: Field, value: object, *, element: bool = False) -> Any:
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
                return to_money(value, field=None)
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


def x__coerce__mutmut_89(fld: Field, value: object, *, element: bool = False) -> Any:
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
                return to_money(field=fld.name)
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


def x__coerce__mutmut_90(fld: Field, value: object, *, element: bool = False) -> Any:
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
                return to_money(value, )
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


def x__coerce__mutmut_91(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(None, str(exc).split(": ", 1)[-1], value) from None
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


def x__coerce__mutmut_92(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, None, value) from None
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


def x__coerce__mutmut_93(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(": ", 1)[-1], None) from None
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


def x__coerce__mutmut_94(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(str(exc).split(": ", 1)[-1], value) from None
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


def x__coerce__mutmut_95(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, value) from None
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


def x__coerce__mutmut_96(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(": ", 1)[-1], ) from None
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


def x__coerce__mutmut_97(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(None, 1)[-1], value) from None
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


def x__coerce__mutmut_98(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(": ", None)[-1], value) from None
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


def x__coerce__mutmut_99(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(1)[-1], value) from None
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


def x__coerce__mutmut_100(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(": ", )[-1], value) from None
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


def x__coerce__mutmut_101(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).rsplit(": ", 1)[-1], value) from None
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


def x__coerce__mutmut_102(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(None).split(": ", 1)[-1], value) from None
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


def x__coerce__mutmut_103(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split("XX: XX", 1)[-1], value) from None
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


def x__coerce__mutmut_104(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(": ", 2)[-1], value) from None
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


def x__coerce__mutmut_105(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(": ", 1)[+1], value) from None
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


def x__coerce__mutmut_106(fld: Field, value: object, *, element: bool = False) -> Any:
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
                raise _problem(fld, str(exc).split(": ", 1)[-2], value) from None
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


def x__coerce__mutmut_107(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(None, f"expected money (Decimal, int or str), got {_shown(value)}", value)
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


def x__coerce__mutmut_108(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, None, value)
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


def x__coerce__mutmut_109(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected money (Decimal, int or str), got {_shown(value)}", None)
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


def x__coerce__mutmut_110(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(f"expected money (Decimal, int or str), got {_shown(value)}", value)
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


def x__coerce__mutmut_111(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, value)
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


def x__coerce__mutmut_112(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected money (Decimal, int or str), got {_shown(value)}", )
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


def x__coerce__mutmut_113(fld: Field, value: object, *, element: bool = False) -> Any:
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
        raise _problem(fld, f"expected money (Decimal, int or str), got {_shown(None)}", value)
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


def x__coerce__mutmut_114(fld: Field, value: object, *, element: bool = False) -> Any:
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
    enum_type = None
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


def x__coerce__mutmut_115(fld: Field, value: object, *, element: bool = False) -> Any:
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
    assert enum_type is None  # ENUM and ENUM_SET fields always name their enum
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:
            if value in (member.value, getattr(member, "label", None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_116(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value not in (member.value, getattr(member, "label", None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_117(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value in (member.value, getattr(None, "label", None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_118(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value in (member.value, getattr(member, None, None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_119(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value in (member.value, getattr("label", None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_120(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value in (member.value, getattr(member, None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_121(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value in (member.value, getattr(member, "label", )):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_122(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value in (member.value, getattr(member, "XXlabelXX", None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_123(fld: Field, value: object, *, element: bool = False) -> Any:
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
            if value in (member.value, getattr(member, "LABEL", None)):
                return member
    allowed = ", ".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_124(fld: Field, value: object, *, element: bool = False) -> Any:
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
    allowed = None
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_125(fld: Field, value: object, *, element: bool = False) -> Any:
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
    allowed = ", ".join(None)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_126(fld: Field, value: object, *, element: bool = False) -> Any:
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
    allowed = "XX, XX".join(str(m.value) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_127(fld: Field, value: object, *, element: bool = False) -> Any:
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
    allowed = ", ".join(str(None) for m in enum_type)
    msg = f"{shown(value)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_128(fld: Field, value: object, *, element: bool = False) -> Any:
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
    msg = None
    raise _problem(fld, msg, value)


def x__coerce__mutmut_129(fld: Field, value: object, *, element: bool = False) -> Any:
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
    msg = f"{shown(None)} is not a {enum_type.__name__} ({allowed})"
    raise _problem(fld, msg, value)


def x__coerce__mutmut_130(fld: Field, value: object, *, element: bool = False) -> Any:
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
    raise _problem(None, msg, value)


def x__coerce__mutmut_131(fld: Field, value: object, *, element: bool = False) -> Any:
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
    raise _problem(fld, None, value)


def x__coerce__mutmut_132(fld: Field, value: object, *, element: bool = False) -> Any:
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
    raise _problem(fld, msg, None)


def x__coerce__mutmut_133(fld: Field, value: object, *, element: bool = False) -> Any:
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
    raise _problem(msg, value)


def x__coerce__mutmut_134(fld: Field, value: object, *, element: bool = False) -> Any:
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
    raise _problem(fld, value)


def x__coerce__mutmut_135(fld: Field, value: object, *, element: bool = False) -> Any:
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
    raise _problem(fld, msg, )

mutants_x__coerce__mutmut['_mutmut_orig'] = x__coerce__mutmut_orig # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_1'] = x__coerce__mutmut_1 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_2'] = x__coerce__mutmut_2 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_3'] = x__coerce__mutmut_3 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_4'] = x__coerce__mutmut_4 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_5'] = x__coerce__mutmut_5 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_6'] = x__coerce__mutmut_6 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_7'] = x__coerce__mutmut_7 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_8'] = x__coerce__mutmut_8 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_9'] = x__coerce__mutmut_9 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_10'] = x__coerce__mutmut_10 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_11'] = x__coerce__mutmut_11 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_12'] = x__coerce__mutmut_12 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_13'] = x__coerce__mutmut_13 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_14'] = x__coerce__mutmut_14 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_15'] = x__coerce__mutmut_15 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_16'] = x__coerce__mutmut_16 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_17'] = x__coerce__mutmut_17 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_18'] = x__coerce__mutmut_18 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_19'] = x__coerce__mutmut_19 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_20'] = x__coerce__mutmut_20 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_21'] = x__coerce__mutmut_21 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_22'] = x__coerce__mutmut_22 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_23'] = x__coerce__mutmut_23 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_24'] = x__coerce__mutmut_24 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_25'] = x__coerce__mutmut_25 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_26'] = x__coerce__mutmut_26 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_27'] = x__coerce__mutmut_27 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_28'] = x__coerce__mutmut_28 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_29'] = x__coerce__mutmut_29 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_30'] = x__coerce__mutmut_30 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_31'] = x__coerce__mutmut_31 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_32'] = x__coerce__mutmut_32 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_33'] = x__coerce__mutmut_33 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_34'] = x__coerce__mutmut_34 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_35'] = x__coerce__mutmut_35 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_36'] = x__coerce__mutmut_36 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_37'] = x__coerce__mutmut_37 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_38'] = x__coerce__mutmut_38 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_39'] = x__coerce__mutmut_39 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_40'] = x__coerce__mutmut_40 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_41'] = x__coerce__mutmut_41 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_42'] = x__coerce__mutmut_42 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_43'] = x__coerce__mutmut_43 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_44'] = x__coerce__mutmut_44 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_45'] = x__coerce__mutmut_45 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_46'] = x__coerce__mutmut_46 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_47'] = x__coerce__mutmut_47 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_48'] = x__coerce__mutmut_48 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_49'] = x__coerce__mutmut_49 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_50'] = x__coerce__mutmut_50 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_51'] = x__coerce__mutmut_51 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_52'] = x__coerce__mutmut_52 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_53'] = x__coerce__mutmut_53 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_54'] = x__coerce__mutmut_54 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_55'] = x__coerce__mutmut_55 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_56'] = x__coerce__mutmut_56 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_57'] = x__coerce__mutmut_57 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_58'] = x__coerce__mutmut_58 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_59'] = x__coerce__mutmut_59 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_60'] = x__coerce__mutmut_60 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_61'] = x__coerce__mutmut_61 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_62'] = x__coerce__mutmut_62 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_63'] = x__coerce__mutmut_63 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_64'] = x__coerce__mutmut_64 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_65'] = x__coerce__mutmut_65 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_66'] = x__coerce__mutmut_66 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_67'] = x__coerce__mutmut_67 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_68'] = x__coerce__mutmut_68 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_69'] = x__coerce__mutmut_69 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_70'] = x__coerce__mutmut_70 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_71'] = x__coerce__mutmut_71 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_72'] = x__coerce__mutmut_72 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_73'] = x__coerce__mutmut_73 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_74'] = x__coerce__mutmut_74 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_75'] = x__coerce__mutmut_75 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_76'] = x__coerce__mutmut_76 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_77'] = x__coerce__mutmut_77 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_78'] = x__coerce__mutmut_78 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_79'] = x__coerce__mutmut_79 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_80'] = x__coerce__mutmut_80 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_81'] = x__coerce__mutmut_81 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_82'] = x__coerce__mutmut_82 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_83'] = x__coerce__mutmut_83 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_84'] = x__coerce__mutmut_84 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_85'] = x__coerce__mutmut_85 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_86'] = x__coerce__mutmut_86 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_87'] = x__coerce__mutmut_87 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_88'] = x__coerce__mutmut_88 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_89'] = x__coerce__mutmut_89 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_90'] = x__coerce__mutmut_90 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_91'] = x__coerce__mutmut_91 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_92'] = x__coerce__mutmut_92 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_93'] = x__coerce__mutmut_93 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_94'] = x__coerce__mutmut_94 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_95'] = x__coerce__mutmut_95 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_96'] = x__coerce__mutmut_96 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_97'] = x__coerce__mutmut_97 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_98'] = x__coerce__mutmut_98 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_99'] = x__coerce__mutmut_99 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_100'] = x__coerce__mutmut_100 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_101'] = x__coerce__mutmut_101 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_102'] = x__coerce__mutmut_102 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_103'] = x__coerce__mutmut_103 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_104'] = x__coerce__mutmut_104 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_105'] = x__coerce__mutmut_105 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_106'] = x__coerce__mutmut_106 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_107'] = x__coerce__mutmut_107 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_108'] = x__coerce__mutmut_108 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_109'] = x__coerce__mutmut_109 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_110'] = x__coerce__mutmut_110 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_111'] = x__coerce__mutmut_111 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_112'] = x__coerce__mutmut_112 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_113'] = x__coerce__mutmut_113 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_114'] = x__coerce__mutmut_114 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_115'] = x__coerce__mutmut_115 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_116'] = x__coerce__mutmut_116 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_117'] = x__coerce__mutmut_117 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_118'] = x__coerce__mutmut_118 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_119'] = x__coerce__mutmut_119 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_120'] = x__coerce__mutmut_120 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_121'] = x__coerce__mutmut_121 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_122'] = x__coerce__mutmut_122 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_123'] = x__coerce__mutmut_123 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_124'] = x__coerce__mutmut_124 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_125'] = x__coerce__mutmut_125 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_126'] = x__coerce__mutmut_126 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_127'] = x__coerce__mutmut_127 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_128'] = x__coerce__mutmut_128 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_129'] = x__coerce__mutmut_129 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_130'] = x__coerce__mutmut_130 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_131'] = x__coerce__mutmut_131 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_132'] = x__coerce__mutmut_132 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_133'] = x__coerce__mutmut_133 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_134'] = x__coerce__mutmut_134 # type: ignore # mutmut generated
mutants_x__coerce__mutmut['x__coerce__mutmut_135'] = x__coerce__mutmut_135 # type: ignore # mutmut generated
mutants_x__field_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__field_of__mutmut)
def _field_of(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(msg, field=None, value=value)


def x__field_of__mutmut_orig(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(msg, field=None, value=value)


def x__field_of__mutmut_1(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = None
    raise TypeMismatch(msg, field=None, value=value)


def x__field_of__mutmut_2(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(None)}"
    raise TypeMismatch(msg, field=None, value=value)


def x__field_of__mutmut_3(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(None, field=None, value=value)


def x__field_of__mutmut_4(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(msg, field=None, value=None)


def x__field_of__mutmut_5(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(field=None, value=value)


def x__field_of__mutmut_6(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(msg, value=value)


def x__field_of__mutmut_7(value: object) -> Field:
    if isinstance(value, FieldRef):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(msg, field=None, )

mutants_x__field_of__mutmut['_mutmut_orig'] = x__field_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__field_of__mutmut['x__field_of__mutmut_1'] = x__field_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__field_of__mutmut['x__field_of__mutmut_2'] = x__field_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__field_of__mutmut['x__field_of__mutmut_3'] = x__field_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__field_of__mutmut['x__field_of__mutmut_4'] = x__field_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__field_of__mutmut['x__field_of__mutmut_5'] = x__field_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__field_of__mutmut['x__field_of__mutmut_6'] = x__field_of__mutmut_6 # type: ignore # mutmut generated
mutants_x__field_of__mutmut['x__field_of__mutmut_7'] = x__field_of__mutmut_7 # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__and____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Nodeǁ__or____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Nodeǁ__invert____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Nodeǁ__bool____mutmut: MutantDict = {}  # type: ignore


class _Node:
    """Operators shared by every filter node: ``&``, ``|``, ``~``."""

    __slots__ = ()

    @property
    def entity(self) -> str:
        """The root entity the filter selects records of."""
        raise NotImplementedError

    @_mutmut_mutated(mutants_xǁ_Nodeǁ__and____mutmut)
    def __and__(self, other: Filter) -> And:
        return And((self, other))  # type: ignore[arg-type]

    def xǁ_Nodeǁ__and____mutmut_orig(self, other: Filter) -> And:
        return And((self, other))  # type: ignore[arg-type]

    def xǁ_Nodeǁ__and____mutmut_1(self, other: Filter) -> And:
        return And(None)  # type: ignore[arg-type]

    @_mutmut_mutated(mutants_xǁ_Nodeǁ__or____mutmut)
    def __or__(self, other: Filter) -> Or:
        return Or((self, other))  # type: ignore[arg-type]

    def xǁ_Nodeǁ__or____mutmut_orig(self, other: Filter) -> Or:
        return Or((self, other))  # type: ignore[arg-type]

    def xǁ_Nodeǁ__or____mutmut_1(self, other: Filter) -> Or:
        return Or(None)  # type: ignore[arg-type]

    @_mutmut_mutated(mutants_xǁ_Nodeǁ__invert____mutmut)
    def __invert__(self) -> Not:
        return Not(self)  # type: ignore[arg-type]

    def xǁ_Nodeǁ__invert____mutmut_orig(self) -> Not:
        return Not(self)  # type: ignore[arg-type]

    def xǁ_Nodeǁ__invert____mutmut_1(self) -> Not:
        return Not(None)  # type: ignore[arg-type]

    @_mutmut_mutated(mutants_xǁ_Nodeǁ__bool____mutmut)
    def __bool__(self) -> bool:
        msg = (
            "a filter has no truth value: combine filters with &, |, ~ (not and/or/not) "
            "and test an optional filter with `is None`"
        )
        raise TypeError(msg)

    def xǁ_Nodeǁ__bool____mutmut_orig(self) -> bool:
        msg = (
            "a filter has no truth value: combine filters with &, |, ~ (not and/or/not) "
            "and test an optional filter with `is None`"
        )
        raise TypeError(msg)

    def xǁ_Nodeǁ__bool____mutmut_1(self) -> bool:
        msg = None
        raise TypeError(msg)

    def xǁ_Nodeǁ__bool____mutmut_2(self) -> bool:
        msg = (
            "XXa filter has no truth value: combine filters with &, |, ~ (not and/or/not) XX"
            "and test an optional filter with `is None`"
        )
        raise TypeError(msg)

    def xǁ_Nodeǁ__bool____mutmut_3(self) -> bool:
        msg = (
            "A FILTER HAS NO TRUTH VALUE: COMBINE FILTERS WITH &, |, ~ (NOT AND/OR/NOT) "
            "and test an optional filter with `is None`"
        )
        raise TypeError(msg)

    def xǁ_Nodeǁ__bool____mutmut_4(self) -> bool:
        msg = (
            "a filter has no truth value: combine filters with &, |, ~ (not and/or/not) "
            "XXand test an optional filter with `is None`XX"
        )
        raise TypeError(msg)

    def xǁ_Nodeǁ__bool____mutmut_5(self) -> bool:
        msg = (
            "a filter has no truth value: combine filters with &, |, ~ (not and/or/not) "
            "and test an optional filter with `is none`"
        )
        raise TypeError(msg)

    def xǁ_Nodeǁ__bool____mutmut_6(self) -> bool:
        msg = (
            "a filter has no truth value: combine filters with &, |, ~ (not and/or/not) "
            "AND TEST AN OPTIONAL FILTER WITH `IS NONE`"
        )
        raise TypeError(msg)

    def xǁ_Nodeǁ__bool____mutmut_7(self) -> bool:
        msg = (
            "a filter has no truth value: combine filters with &, |, ~ (not and/or/not) "
            "and test an optional filter with `is None`"
        )
        raise TypeError(None)

mutants_xǁ_Nodeǁ__and____mutmut['_mutmut_orig'] = _Node.xǁ_Nodeǁ__and____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__and____mutmut['xǁ_Nodeǁ__and____mutmut_1'] = _Node.xǁ_Nodeǁ__and____mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_Nodeǁ__or____mutmut['_mutmut_orig'] = _Node.xǁ_Nodeǁ__or____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__or____mutmut['xǁ_Nodeǁ__or____mutmut_1'] = _Node.xǁ_Nodeǁ__or____mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_Nodeǁ__invert____mutmut['_mutmut_orig'] = _Node.xǁ_Nodeǁ__invert____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__invert____mutmut['xǁ_Nodeǁ__invert____mutmut_1'] = _Node.xǁ_Nodeǁ__invert____mutmut_1 # type: ignore # mutmut generated

mutants_xǁ_Nodeǁ__bool____mutmut['_mutmut_orig'] = _Node.xǁ_Nodeǁ__bool____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__bool____mutmut['xǁ_Nodeǁ__bool____mutmut_1'] = _Node.xǁ_Nodeǁ__bool____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__bool____mutmut['xǁ_Nodeǁ__bool____mutmut_2'] = _Node.xǁ_Nodeǁ__bool____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__bool____mutmut['xǁ_Nodeǁ__bool____mutmut_3'] = _Node.xǁ_Nodeǁ__bool____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__bool____mutmut['xǁ_Nodeǁ__bool____mutmut_4'] = _Node.xǁ_Nodeǁ__bool____mutmut_4 # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__bool____mutmut['xǁ_Nodeǁ__bool____mutmut_5'] = _Node.xǁ_Nodeǁ__bool____mutmut_5 # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__bool____mutmut['xǁ_Nodeǁ__bool____mutmut_6'] = _Node.xǁ_Nodeǁ__bool____mutmut_6 # type: ignore # mutmut generated
mutants_xǁ_Nodeǁ__bool____mutmut['xǁ_Nodeǁ__bool____mutmut_7'] = _Node.xǁ_Nodeǁ__bool____mutmut_7 # type: ignore # mutmut generated


class _Leaf(_Node):
    __slots__ = ()
    field: Field

    @property
    def entity(self) -> str:
        """The root entity of the field."""
        return self.field.entity
mutants_x__check_not_collection__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_not_collection__mutmut)
def _check_not_collection(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = f"{operation} does not apply to a set field; use {fld.name}.contains(...)"
        raise _problem(fld, msg, None)


def x__check_not_collection__mutmut_orig(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = f"{operation} does not apply to a set field; use {fld.name}.contains(...)"
        raise _problem(fld, msg, None)


def x__check_not_collection__mutmut_1(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = None
        raise _problem(fld, msg, None)


def x__check_not_collection__mutmut_2(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = f"{operation} does not apply to a set field; use {fld.name}.contains(...)"
        raise _problem(None, msg, None)


def x__check_not_collection__mutmut_3(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = f"{operation} does not apply to a set field; use {fld.name}.contains(...)"
        raise _problem(fld, None, None)


def x__check_not_collection__mutmut_4(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = f"{operation} does not apply to a set field; use {fld.name}.contains(...)"
        raise _problem(msg, None)


def x__check_not_collection__mutmut_5(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = f"{operation} does not apply to a set field; use {fld.name}.contains(...)"
        raise _problem(fld, None)


def x__check_not_collection__mutmut_6(fld: Field, operation: str) -> None:
    if fld.type.is_collection:
        msg = f"{operation} does not apply to a set field; use {fld.name}.contains(...)"
        raise _problem(fld, msg, )

mutants_x__check_not_collection__mutmut['_mutmut_orig'] = x__check_not_collection__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_not_collection__mutmut['x__check_not_collection__mutmut_1'] = x__check_not_collection__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_not_collection__mutmut['x__check_not_collection__mutmut_2'] = x__check_not_collection__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_not_collection__mutmut['x__check_not_collection__mutmut_3'] = x__check_not_collection__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_not_collection__mutmut['x__check_not_collection__mutmut_4'] = x__check_not_collection__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_not_collection__mutmut['x__check_not_collection__mutmut_5'] = x__check_not_collection__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_not_collection__mutmut['x__check_not_collection__mutmut_6'] = x__check_not_collection__mutmut_6 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁCompareǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.op in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = None
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(None)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(None, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, None, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, None)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, )
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(None, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_11(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, None)
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_12(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_13(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, )
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_14(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(None)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_15(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") or not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_16(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_17(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("XX==XX", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_18(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "XX!=XX") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_19(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_20(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = None
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_21(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(None)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_22(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(None, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_23(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, None, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_24(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, None)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_25(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_26(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_27(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, )
        object.__setattr__(self, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_28(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(None, "value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_29(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, None, _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_30(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", None)

    def xǁCompareǁ__attrs_post_init____mutmut_31(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__("value", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_32(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_33(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", )

    def xǁCompareǁ__attrs_post_init____mutmut_34(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "XXvalueXX", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_35(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "VALUE", _coerce(self.field, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_36(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(None, self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_37(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, None))

    def xǁCompareǁ__attrs_post_init____mutmut_38(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.value))

    def xǁCompareǁ__attrs_post_init____mutmut_39(self) -> None:
        if self.op not in COMPARISON_OPERATORS:
            msg = f"{shown(self.op)} is not an operator; expected one of {COMPARISON_OPERATORS}"
            raise _problem(self.field, msg, self.op)
        _check_not_collection(self.field, f"{shown(self.op)}")
        if self.op not in ("==", "!=") and not self.field.type.is_ordered:
            msg = f"{shown(self.op)} does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, ))

mutants_xǁCompareǁ__attrs_post_init____mutmut['_mutmut_orig'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_1'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_2'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_3'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_4'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_5'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_6'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_7'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_8'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_9'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_10'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_11'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_12'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_13'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_14'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_15'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_16'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_17'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_18'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_19'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_20'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_21'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_22'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_23'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_24'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_25'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_26'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_27'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_28'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_29'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_30'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_31'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_32'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_33'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_34'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_35'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_36'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_37'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_37 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_38'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_38 # type: ignore # mutmut generated
mutants_xǁCompareǁ__attrs_post_init____mutmut['xǁCompareǁ__attrs_post_init____mutmut_39'] = Compare.xǁCompareǁ__attrs_post_init____mutmut_39 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class In(_Leaf):
    """The value is one of ``values`` (an empty tuple matches nothing).

    Examples:
        >>> F.work_order.service_advisor.in_(["张伟", "李娜"]).values
        ('张伟', '李娜')
    """

    field: Field = attrs.field(converter=_field_of)
    values: tuple[Any, ...] = attrs.field(converter=_as_tuple)

    @_mutmut_mutated(mutants_xǁInǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_orig(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_1(self) -> None:
        _check_not_collection(None, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_2(self) -> None:
        _check_not_collection(self.field, None)
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_3(self) -> None:
        _check_not_collection("in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_4(self) -> None:
        _check_not_collection(self.field, )
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_5(self) -> None:
        _check_not_collection(self.field, "XXin_XX")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_6(self) -> None:
        _check_not_collection(self.field, "IN_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_7(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = None
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_8(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(None)
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_9(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(None))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_10(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(None, v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_11(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, None) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_12(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(v) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_13(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, ) for v in self.values))
        object.__setattr__(self, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_14(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(None, "values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_15(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, None, coerced)

    def xǁInǁ__attrs_post_init____mutmut_16(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", None)

    def xǁInǁ__attrs_post_init____mutmut_17(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__("values", coerced)

    def xǁInǁ__attrs_post_init____mutmut_18(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, coerced)

    def xǁInǁ__attrs_post_init____mutmut_19(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "values", )

    def xǁInǁ__attrs_post_init____mutmut_20(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "XXvaluesXX", coerced)

    def xǁInǁ__attrs_post_init____mutmut_21(self) -> None:
        _check_not_collection(self.field, "in_")
        coerced = tuple(dict.fromkeys(_coerce(self.field, v) for v in self.values))
        object.__setattr__(self, "VALUES", coerced)

mutants_xǁInǁ__attrs_post_init____mutmut['_mutmut_orig'] = In.xǁInǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_1'] = In.xǁInǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_2'] = In.xǁInǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_3'] = In.xǁInǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_4'] = In.xǁInǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_5'] = In.xǁInǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_6'] = In.xǁInǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_7'] = In.xǁInǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_8'] = In.xǁInǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_9'] = In.xǁInǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_10'] = In.xǁInǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_11'] = In.xǁInǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_12'] = In.xǁInǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_13'] = In.xǁInǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_14'] = In.xǁInǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_15'] = In.xǁInǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_16'] = In.xǁInǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_17'] = In.xǁInǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_18'] = In.xǁInǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_19'] = In.xǁInǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_20'] = In.xǁInǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁInǁ__attrs_post_init____mutmut['xǁInǁ__attrs_post_init____mutmut_21'] = In.xǁInǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁBetweenǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_orig(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_2(self) -> None:
        if not self.field.type.is_ordered:
            msg = None
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_3(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(None, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_4(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, None, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_5(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, None)
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_6(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_7(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_8(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, )
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_9(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(None, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_10(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, None, _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_11(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", None)
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_12(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__("low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_13(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_14(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", )
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_15(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "XXlowXX", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_16(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "LOW", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_17(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(None, self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_18(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, None))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_19(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.low))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_20(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, ))
        object.__setattr__(self, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_21(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(None, "high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_22(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, None, _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_23(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", None)

    def xǁBetweenǁ__attrs_post_init____mutmut_24(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__("high", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_25(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_26(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", )

    def xǁBetweenǁ__attrs_post_init____mutmut_27(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "XXhighXX", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_28(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "HIGH", _coerce(self.field, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_29(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(None, self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_30(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, None))

    def xǁBetweenǁ__attrs_post_init____mutmut_31(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.high))

    def xǁBetweenǁ__attrs_post_init____mutmut_32(self) -> None:
        if not self.field.type.is_ordered:
            msg = f"between does not apply to {self.field.type.described}"
            raise _problem(self.field, msg, (self.low, self.high))
        object.__setattr__(self, "low", _coerce(self.field, self.low))
        object.__setattr__(self, "high", _coerce(self.field, ))

mutants_xǁBetweenǁ__attrs_post_init____mutmut['_mutmut_orig'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_1'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_2'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_3'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_4'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_5'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_6'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_7'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_8'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_9'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_10'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_11'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_12'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_13'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_14'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_15'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_16'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_17'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_18'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_19'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_20'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_21'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_22'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_23'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_24'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_25'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_26'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_27'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_28'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_29'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_30'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_31'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁBetweenǁ__attrs_post_init____mutmut['xǁBetweenǁ__attrs_post_init____mutmut_32'] = Between.xǁBetweenǁ__attrs_post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Contains(_Leaf):
    """A substring of a text field, or a member of a set field (tags, service types).

    Examples:
        >>> F.work_order.service_types.contains("保养").value
        <ServiceType.MAINTENANCE: 'maintenance'>
    """

    field: Field = attrs.field(converter=_field_of)
    value: Any = attrs.field()

    @_mutmut_mutated(mutants_xǁContainsǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.field.type is not ValueType.TEXT or not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.field.type is ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.field.type is not ValueType.TEXT and self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = None
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(None, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, None, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, None)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, )
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_11(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(None, "value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_12(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, None, _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_13(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", None)

    def xǁContainsǁ__attrs_post_init____mutmut_14(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__("value", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_15(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_16(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", )

    def xǁContainsǁ__attrs_post_init____mutmut_17(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "XXvalueXX", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_18(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "VALUE", _coerce(self.field, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_19(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(None, self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_20(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, None, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_21(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=None))

    def xǁContainsǁ__attrs_post_init____mutmut_22(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.value, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_23(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, element=True))

    def xǁContainsǁ__attrs_post_init____mutmut_24(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, ))

    def xǁContainsǁ__attrs_post_init____mutmut_25(self) -> None:
        if self.field.type is not ValueType.TEXT and not self.field.type.is_collection:
            msg = f"contains applies to text and set fields, not to {self.field.type.described}"
            raise _problem(self.field, msg, self.value)
        object.__setattr__(self, "value", _coerce(self.field, self.value, element=False))

mutants_xǁContainsǁ__attrs_post_init____mutmut['_mutmut_orig'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_1'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_2'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_3'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_4'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_5'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_6'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_7'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_8'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_9'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_10'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_11'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_12'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_13'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_14'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_15'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_16'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_17'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_18'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_19'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_20'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_21'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_22'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_23'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_24'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁContainsǁ__attrs_post_init____mutmut['xǁContainsǁ__attrs_post_init____mutmut_25'] = Contains.xǁContainsǁ__attrs_post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁIsNullǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class IsNull(_Leaf):
    """The value is missing (None); for a path across a relation, also a missing record.

    Examples:
        >>> F.vehicle.insurer.is_null().field.name
        'vehicle.insurer'
    """

    field: Field = attrs.field(converter=_field_of)

    @_mutmut_mutated(mutants_xǁIsNullǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        _check_not_collection(self.field, "is_null")

    def xǁIsNullǁ__attrs_post_init____mutmut_orig(self) -> None:
        _check_not_collection(self.field, "is_null")

    def xǁIsNullǁ__attrs_post_init____mutmut_1(self) -> None:
        _check_not_collection(None, "is_null")

    def xǁIsNullǁ__attrs_post_init____mutmut_2(self) -> None:
        _check_not_collection(self.field, None)

    def xǁIsNullǁ__attrs_post_init____mutmut_3(self) -> None:
        _check_not_collection("is_null")

    def xǁIsNullǁ__attrs_post_init____mutmut_4(self) -> None:
        _check_not_collection(self.field, )

    def xǁIsNullǁ__attrs_post_init____mutmut_5(self) -> None:
        _check_not_collection(self.field, "XXis_nullXX")

    def xǁIsNullǁ__attrs_post_init____mutmut_6(self) -> None:
        _check_not_collection(self.field, "IS_NULL")

mutants_xǁIsNullǁ__attrs_post_init____mutmut['_mutmut_orig'] = IsNull.xǁIsNullǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁIsNullǁ__attrs_post_init____mutmut['xǁIsNullǁ__attrs_post_init____mutmut_1'] = IsNull.xǁIsNullǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁIsNullǁ__attrs_post_init____mutmut['xǁIsNullǁ__attrs_post_init____mutmut_2'] = IsNull.xǁIsNullǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁIsNullǁ__attrs_post_init____mutmut['xǁIsNullǁ__attrs_post_init____mutmut_3'] = IsNull.xǁIsNullǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁIsNullǁ__attrs_post_init____mutmut['xǁIsNullǁ__attrs_post_init____mutmut_4'] = IsNull.xǁIsNullǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁIsNullǁ__attrs_post_init____mutmut['xǁIsNullǁ__attrs_post_init____mutmut_5'] = IsNull.xǁIsNullǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁIsNullǁ__attrs_post_init____mutmut['xǁIsNullǁ__attrs_post_init____mutmut_6'] = IsNull.xǁIsNullǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_x__positive__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__positive__mutmut)
def _positive(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_orig(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_1(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) and value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_2(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) and not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_3(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_4(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_5(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_6(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = None
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_7(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(None)}"
        raise TypeMismatch(msg, field=attribute.name, value=value)


def x__positive__mutmut_8(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(None, field=attribute.name, value=value)


def x__positive__mutmut_9(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=None, value=value)


def x__positive__mutmut_10(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, value=None)


def x__positive__mutmut_11(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(field=attribute.name, value=value)


def x__positive__mutmut_12(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, value=value)


def x__positive__mutmut_13(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name}: a window length is a whole number >= 0, got {shown(value)}"
        raise TypeMismatch(msg, field=attribute.name, )

mutants_x__positive__mutmut['_mutmut_orig'] = x__positive__mutmut_orig # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_1'] = x__positive__mutmut_1 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_2'] = x__positive__mutmut_2 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_3'] = x__positive__mutmut_3 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_4'] = x__positive__mutmut_4 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_5'] = x__positive__mutmut_5 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_6'] = x__positive__mutmut_6 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_7'] = x__positive__mutmut_7 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_8'] = x__positive__mutmut_8 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_9'] = x__positive__mutmut_9 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_10'] = x__positive__mutmut_10 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_11'] = x__positive__mutmut_11 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_12'] = x__positive__mutmut_12 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_13'] = x__positive__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class RelativeWindow(_Leaf):
    """A date window of a given length ending (``past``) or starting (``future``) at as_of.

    The window is half-open. For ``direction="past"`` it is
    ``[end - length, end)`` where ``end`` is ``as_of`` if it is a datetime, and the
    start of the next day (China Standard Time) if ``as_of`` is a date, so the
    ``as_of`` day itself is inside. For ``"future"`` it is ``[start, start + length)``
    with ``start`` = ``as_of`` (a date meaning the start of that day). Lengths use
    calendar arithmetic (``relativedelta``): eight months before 2026-03-02 is
    2025-07-02. Use :func:`within_last` / :func:`within_next` to build one, and
    :func:`bind` or :func:`window_bounds` to resolve it.

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

    @_mutmut_mutated(mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut)
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

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_orig(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_1(self) -> None:
        if self.field.type in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_2(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = None
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_3(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(None, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_4(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, None, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_5(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_6(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_7(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, )
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_8(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_9(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("XXpastXX", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_10(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("PAST", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_11(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "XXfutureXX"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_12(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "FUTURE"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_13(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = None
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_14(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(None)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_15(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(None, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_16(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field=None, value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_17(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=None)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_18(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_19(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_20(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", )
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_21(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="XXdirectionXX", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_22(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="DIRECTION", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_23(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_24(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months and self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_25(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years and self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_26(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = None
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_27(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "XXa date window needs a length: years=, months= or days=XX"
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_28(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "A DATE WINDOW NEEDS A LENGTH: YEARS=, MONTHS= OR DAYS="
            raise _problem(self.field, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_29(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(None, msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_30(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, None, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_31(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(msg, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_32(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, None)

    def xǁRelativeWindowǁ__attrs_post_init____mutmut_33(self) -> None:
        if self.field.type not in (ValueType.DATE, ValueType.DATETIME):
            msg = f"a date window needs a date or datetime field, not {self.field.type.described}"
            raise _problem(self.field, msg, None)
        if self.direction not in ("past", "future"):
            msg = f"direction: expected 'past' or 'future', got {shown(self.direction)}"
            raise TypeMismatch(msg, field="direction", value=self.direction)
        if not (self.years or self.months or self.days):
            msg = "a date window needs a length: years=, months= or days="
            raise _problem(self.field, msg, )

    @property
    def length(self) -> relativedelta:
        """The window's length as a ``relativedelta``."""
        return relativedelta(years=self.years, months=self.months, days=self.days)

mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['_mutmut_orig'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_1'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_2'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_3'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_4'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_5'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_6'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_7'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_8'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_9'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_10'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_11'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_12'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_13'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_14'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_15'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_16'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_17'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_18'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_19'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_20'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_21'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_22'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_23'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_24'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_25'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_26'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_27'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_28'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_29'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_30'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_31'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_32'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁRelativeWindowǁ__attrs_post_init____mutmut['xǁRelativeWindowǁ__attrs_post_init____mutmut_33'] = RelativeWindow.xǁRelativeWindowǁ__attrs_post_init____mutmut_33 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_filter__mutmut)
def _check_filter(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_orig(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_1(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = None
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_2(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(None, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_3(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=None, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_4(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_5(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_6(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, )
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_7(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_8(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = None
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_9(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(None)}"
        raise TypeMismatch(msg, field=None, value=item)


def x__check_filter__mutmut_10(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(None, field=None, value=item)


def x__check_filter__mutmut_11(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, value=None)


def x__check_filter__mutmut_12(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(field=None, value=item)


def x__check_filter__mutmut_13(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, value=item)


def x__check_filter__mutmut_14(item: object) -> None:
    if isinstance(item, FieldRef):
        msg = f"{item.field.name}: a field is not a filter; compare it (==, in_, ...)"
        raise TypeMismatch(msg, field=item.field.name, value=None)
    if not isinstance(item, _Node):
        msg = f"expected a filter, got {_shown(item)}"
        raise TypeMismatch(msg, field=None, )

mutants_x__check_filter__mutmut['_mutmut_orig'] = x__check_filter__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_1'] = x__check_filter__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_2'] = x__check_filter__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_3'] = x__check_filter__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_4'] = x__check_filter__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_5'] = x__check_filter__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_6'] = x__check_filter__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_7'] = x__check_filter__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_8'] = x__check_filter__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_9'] = x__check_filter__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_10'] = x__check_filter__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_11'] = x__check_filter__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_12'] = x__check_filter__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_13'] = x__check_filter__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_filter__mutmut['x__check_filter__mutmut_14'] = x__check_filter__mutmut_14 # type: ignore # mutmut generated
mutants_x__flatten__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__flatten__mutmut)
def _flatten(kind: type[_Node], items: Iterable[object]) -> tuple[Filter, ...]:
    flat: list[Filter] = []
    for item in items:
        _check_filter(item)
        if isinstance(item, kind):
            flat.extend(item.items)  # type: ignore[attr-defined]
        else:
            flat.append(item)  # type: ignore[arg-type]
    return tuple(flat)


def x__flatten__mutmut_orig(kind: type[_Node], items: Iterable[object]) -> tuple[Filter, ...]:
    flat: list[Filter] = []
    for item in items:
        _check_filter(item)
        if isinstance(item, kind):
            flat.extend(item.items)  # type: ignore[attr-defined]
        else:
            flat.append(item)  # type: ignore[arg-type]
    return tuple(flat)


def x__flatten__mutmut_1(kind: type[_Node], items: Iterable[object]) -> tuple[Filter, ...]:
    flat: list[Filter] = None
    for item in items:
        _check_filter(item)
        if isinstance(item, kind):
            flat.extend(item.items)  # type: ignore[attr-defined]
        else:
            flat.append(item)  # type: ignore[arg-type]
    return tuple(flat)


def x__flatten__mutmut_2(kind: type[_Node], items: Iterable[object]) -> tuple[Filter, ...]:
    flat: list[Filter] = []
    for item in items:
        _check_filter(None)
        if isinstance(item, kind):
            flat.extend(item.items)  # type: ignore[attr-defined]
        else:
            flat.append(item)  # type: ignore[arg-type]
    return tuple(flat)


def x__flatten__mutmut_3(kind: type[_Node], items: Iterable[object]) -> tuple[Filter, ...]:
    flat: list[Filter] = []
    for item in items:
        _check_filter(item)
        if isinstance(item, kind):
            flat.extend(None)  # type: ignore[attr-defined]
        else:
            flat.append(item)  # type: ignore[arg-type]
    return tuple(flat)


def x__flatten__mutmut_4(kind: type[_Node], items: Iterable[object]) -> tuple[Filter, ...]:
    flat: list[Filter] = []
    for item in items:
        _check_filter(item)
        if isinstance(item, kind):
            flat.extend(item.items)  # type: ignore[attr-defined]
        else:
            flat.append(None)  # type: ignore[arg-type]
    return tuple(flat)


def x__flatten__mutmut_5(kind: type[_Node], items: Iterable[object]) -> tuple[Filter, ...]:
    flat: list[Filter] = []
    for item in items:
        _check_filter(item)
        if isinstance(item, kind):
            flat.extend(item.items)  # type: ignore[attr-defined]
        else:
            flat.append(item)  # type: ignore[arg-type]
    return tuple(None)

mutants_x__flatten__mutmut['_mutmut_orig'] = x__flatten__mutmut_orig # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_1'] = x__flatten__mutmut_1 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_2'] = x__flatten__mutmut_2 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_3'] = x__flatten__mutmut_3 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_4'] = x__flatten__mutmut_4 # type: ignore # mutmut generated
mutants_x__flatten__mutmut['x__flatten__mutmut_5'] = x__flatten__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_one_entity__mutmut)
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


def x__check_one_entity__mutmut_orig(items: Sequence[Filter]) -> None:
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


def x__check_one_entity__mutmut_1(items: Sequence[Filter]) -> None:
    if items:
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


def x__check_one_entity__mutmut_2(items: Sequence[Filter]) -> None:
    if not items:
        msg = None
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


def x__check_one_entity__mutmut_3(items: Sequence[Filter]) -> None:
    if not items:
        msg = "XXa combination needs at least one filterXX"
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


def x__check_one_entity__mutmut_4(items: Sequence[Filter]) -> None:
    if not items:
        msg = "A COMBINATION NEEDS AT LEAST ONE FILTER"
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


def x__check_one_entity__mutmut_5(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(None, field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_6(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=None)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_7(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_8(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_9(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, )
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_10(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = None
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_11(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[1].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_12(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[0].entity
    for item in items[2:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_13(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity == first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_14(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = None
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_15(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] and [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_16(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(None)] or [item.entity]
            msg = (
                f"{names[0]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_17(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = None
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_18(items: Sequence[Filter]) -> None:
    if not items:
        msg = "a combination needs at least one filter"
        raise TypeMismatch(msg, field=None, value=items)
    first = items[0].entity
    for item in items[1:]:
        if item.entity != first:
            names = [f.name for f in fields_of(item)] or [item.entity]
            msg = (
                f"{names[1]}: cannot combine a filter on {item.entity} with one on {first}; "
                f"cross to a related record with a path such as {first}.vehicle.insurer"
            )
            raise TypeMismatch(msg, field=names[0], value=item)


def x__check_one_entity__mutmut_19(items: Sequence[Filter]) -> None:
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
            raise TypeMismatch(None, field=names[0], value=item)


def x__check_one_entity__mutmut_20(items: Sequence[Filter]) -> None:
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
            raise TypeMismatch(msg, field=None, value=item)


def x__check_one_entity__mutmut_21(items: Sequence[Filter]) -> None:
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
            raise TypeMismatch(msg, field=names[0], value=None)


def x__check_one_entity__mutmut_22(items: Sequence[Filter]) -> None:
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
            raise TypeMismatch(field=names[0], value=item)


def x__check_one_entity__mutmut_23(items: Sequence[Filter]) -> None:
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
            raise TypeMismatch(msg, value=item)


def x__check_one_entity__mutmut_24(items: Sequence[Filter]) -> None:
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
            raise TypeMismatch(msg, field=names[0], )


def x__check_one_entity__mutmut_25(items: Sequence[Filter]) -> None:
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
            raise TypeMismatch(msg, field=names[1], value=item)

mutants_x__check_one_entity__mutmut['_mutmut_orig'] = x__check_one_entity__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_1'] = x__check_one_entity__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_2'] = x__check_one_entity__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_3'] = x__check_one_entity__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_4'] = x__check_one_entity__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_5'] = x__check_one_entity__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_6'] = x__check_one_entity__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_7'] = x__check_one_entity__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_8'] = x__check_one_entity__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_9'] = x__check_one_entity__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_10'] = x__check_one_entity__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_11'] = x__check_one_entity__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_12'] = x__check_one_entity__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_13'] = x__check_one_entity__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_14'] = x__check_one_entity__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_15'] = x__check_one_entity__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_16'] = x__check_one_entity__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_17'] = x__check_one_entity__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_18'] = x__check_one_entity__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_19'] = x__check_one_entity__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_20'] = x__check_one_entity__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_21'] = x__check_one_entity__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_22'] = x__check_one_entity__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_23'] = x__check_one_entity__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_24'] = x__check_one_entity__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_one_entity__mutmut['x__check_one_entity__mutmut_25'] = x__check_one_entity__mutmut_25 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁAndǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "items", _flatten(And, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_orig(self) -> None:
        object.__setattr__(self, "items", _flatten(And, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_1(self) -> None:
        object.__setattr__(None, "items", _flatten(And, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_2(self) -> None:
        object.__setattr__(self, None, _flatten(And, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_3(self) -> None:
        object.__setattr__(self, "items", None)
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_4(self) -> None:
        object.__setattr__("items", _flatten(And, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_5(self) -> None:
        object.__setattr__(self, _flatten(And, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_6(self) -> None:
        object.__setattr__(self, "items", )
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_7(self) -> None:
        object.__setattr__(self, "XXitemsXX", _flatten(And, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_8(self) -> None:
        object.__setattr__(self, "ITEMS", _flatten(And, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_9(self) -> None:
        object.__setattr__(self, "items", _flatten(None, self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_10(self) -> None:
        object.__setattr__(self, "items", _flatten(And, None))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_11(self) -> None:
        object.__setattr__(self, "items", _flatten(self.items))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_12(self) -> None:
        object.__setattr__(self, "items", _flatten(And, ))
        _check_one_entity(self.items)

    def xǁAndǁ__attrs_post_init____mutmut_13(self) -> None:
        object.__setattr__(self, "items", _flatten(And, self.items))
        _check_one_entity(None)

    @property
    def entity(self) -> str:
        """The common root entity of the items."""
        return self.items[0].entity

mutants_xǁAndǁ__attrs_post_init____mutmut['_mutmut_orig'] = And.xǁAndǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_1'] = And.xǁAndǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_2'] = And.xǁAndǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_3'] = And.xǁAndǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_4'] = And.xǁAndǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_5'] = And.xǁAndǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_6'] = And.xǁAndǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_7'] = And.xǁAndǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_8'] = And.xǁAndǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_9'] = And.xǁAndǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_10'] = And.xǁAndǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_11'] = And.xǁAndǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_12'] = And.xǁAndǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁAndǁ__attrs_post_init____mutmut['xǁAndǁ__attrs_post_init____mutmut_13'] = And.xǁAndǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Or(_Node):
    """Any of ``items`` holds (nested Ors are flattened).

    Examples:
        >>> len(((F.vehicle.brand == "大众") | (F.vehicle.brand == "丰田")).items)
        2
    """

    items: tuple[Filter, ...] = attrs.field()

    @_mutmut_mutated(mutants_xǁOrǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "items", _flatten(Or, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_orig(self) -> None:
        object.__setattr__(self, "items", _flatten(Or, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_1(self) -> None:
        object.__setattr__(None, "items", _flatten(Or, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_2(self) -> None:
        object.__setattr__(self, None, _flatten(Or, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_3(self) -> None:
        object.__setattr__(self, "items", None)
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_4(self) -> None:
        object.__setattr__("items", _flatten(Or, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_5(self) -> None:
        object.__setattr__(self, _flatten(Or, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_6(self) -> None:
        object.__setattr__(self, "items", )
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_7(self) -> None:
        object.__setattr__(self, "XXitemsXX", _flatten(Or, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_8(self) -> None:
        object.__setattr__(self, "ITEMS", _flatten(Or, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_9(self) -> None:
        object.__setattr__(self, "items", _flatten(None, self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_10(self) -> None:
        object.__setattr__(self, "items", _flatten(Or, None))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_11(self) -> None:
        object.__setattr__(self, "items", _flatten(self.items))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_12(self) -> None:
        object.__setattr__(self, "items", _flatten(Or, ))
        _check_one_entity(self.items)

    def xǁOrǁ__attrs_post_init____mutmut_13(self) -> None:
        object.__setattr__(self, "items", _flatten(Or, self.items))
        _check_one_entity(None)

    @property
    def entity(self) -> str:
        """The common root entity of the items."""
        return self.items[0].entity

mutants_xǁOrǁ__attrs_post_init____mutmut['_mutmut_orig'] = Or.xǁOrǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_1'] = Or.xǁOrǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_2'] = Or.xǁOrǁ__attrs_post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_3'] = Or.xǁOrǁ__attrs_post_init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_4'] = Or.xǁOrǁ__attrs_post_init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_5'] = Or.xǁOrǁ__attrs_post_init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_6'] = Or.xǁOrǁ__attrs_post_init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_7'] = Or.xǁOrǁ__attrs_post_init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_8'] = Or.xǁOrǁ__attrs_post_init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_9'] = Or.xǁOrǁ__attrs_post_init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_10'] = Or.xǁOrǁ__attrs_post_init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_11'] = Or.xǁOrǁ__attrs_post_init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_12'] = Or.xǁOrǁ__attrs_post_init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁOrǁ__attrs_post_init____mutmut['xǁOrǁ__attrs_post_init____mutmut_13'] = Or.xǁOrǁ__attrs_post_init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁNotǁ__attrs_post_init____mutmut: MutantDict = {}  # type: ignore


@attrs.frozen
class Not(_Node):
    """``item`` does not hold (two-valued: a missing value makes a comparison false).

    Examples:
        >>> (~(F.vehicle.insurer == "PICC")).item.value
        'PICC'
    """

    item: Filter = attrs.field()

    @_mutmut_mutated(mutants_xǁNotǁ__attrs_post_init____mutmut)
    def __attrs_post_init__(self) -> None:
        _check_filter(self.item)

    def xǁNotǁ__attrs_post_init____mutmut_orig(self) -> None:
        _check_filter(self.item)

    def xǁNotǁ__attrs_post_init____mutmut_1(self) -> None:
        _check_filter(None)

    @property
    def entity(self) -> str:
        """The root entity of the item."""
        return self.item.entity

mutants_xǁNotǁ__attrs_post_init____mutmut['_mutmut_orig'] = Not.xǁNotǁ__attrs_post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁNotǁ__attrs_post_init____mutmut['xǁNotǁ__attrs_post_init____mutmut_1'] = Not.xǁNotǁ__attrs_post_init____mutmut_1 # type: ignore # mutmut generated


#: Any filter node.
Filter: TypeAlias = Compare | In | Between | Contains | IsNull | And | Or | Not | RelativeWindow
mutants_x_require_filter__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_require_filter__mutmut)
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


def x_require_filter__mutmut_orig(node: object, *, field: str = "where") -> Filter:
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


def x_require_filter__mutmut_1(node: object, *, field: str = "XXwhereXX") -> Filter:
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


def x_require_filter__mutmut_2(node: object, *, field: str = "WHERE") -> Filter:
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


def x_require_filter__mutmut_3(node: object, *, field: str = "where") -> Filter:
    """Return ``node`` if it is a filter, else raise a TypeMismatch naming ``field``.

    Examples:
        >>> require_filter(F.customer.name == "王建国").entity
        'customer'
        >>> require_filter("name = '王建国'")
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: where: expected a filter such as ..., got str
    """
    if isinstance(node, _Node):
        msg = (
            f"{field}: expected a filter such as F.customer.name == '王建国', "
            f"got {type(node).__name__}"
        )
        raise TypeMismatch(msg, field=field, value=node)
    return node  # type: ignore[return-value]


def x_require_filter__mutmut_4(node: object, *, field: str = "where") -> Filter:
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
        msg = None
        raise TypeMismatch(msg, field=field, value=node)
    return node  # type: ignore[return-value]


def x_require_filter__mutmut_5(node: object, *, field: str = "where") -> Filter:
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
            f"got {type(None).__name__}"
        )
        raise TypeMismatch(msg, field=field, value=node)
    return node  # type: ignore[return-value]


def x_require_filter__mutmut_6(node: object, *, field: str = "where") -> Filter:
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
        raise TypeMismatch(None, field=field, value=node)
    return node  # type: ignore[return-value]


def x_require_filter__mutmut_7(node: object, *, field: str = "where") -> Filter:
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
        raise TypeMismatch(msg, field=None, value=node)
    return node  # type: ignore[return-value]


def x_require_filter__mutmut_8(node: object, *, field: str = "where") -> Filter:
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
        raise TypeMismatch(msg, field=field, value=None)
    return node  # type: ignore[return-value]


def x_require_filter__mutmut_9(node: object, *, field: str = "where") -> Filter:
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
        raise TypeMismatch(field=field, value=node)
    return node  # type: ignore[return-value]


def x_require_filter__mutmut_10(node: object, *, field: str = "where") -> Filter:
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
        raise TypeMismatch(msg, value=node)
    return node  # type: ignore[return-value]


def x_require_filter__mutmut_11(node: object, *, field: str = "where") -> Filter:
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
        raise TypeMismatch(msg, field=field, )
    return node  # type: ignore[return-value]

mutants_x_require_filter__mutmut['_mutmut_orig'] = x_require_filter__mutmut_orig # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_1'] = x_require_filter__mutmut_1 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_2'] = x_require_filter__mutmut_2 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_3'] = x_require_filter__mutmut_3 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_4'] = x_require_filter__mutmut_4 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_5'] = x_require_filter__mutmut_5 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_6'] = x_require_filter__mutmut_6 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_7'] = x_require_filter__mutmut_7 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_8'] = x_require_filter__mutmut_8 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_9'] = x_require_filter__mutmut_9 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_10'] = x_require_filter__mutmut_10 # type: ignore # mutmut generated
mutants_x_require_filter__mutmut['x_require_filter__mutmut_11'] = x_require_filter__mutmut_11 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fields_of__mutmut)
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


def x_fields_of__mutmut_orig(node: Filter) -> tuple[Field, ...]:
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


def x_fields_of__mutmut_1(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(None, field="node")
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(item))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def x_fields_of__mutmut_2(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(node, field=None)
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(item))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def x_fields_of__mutmut_3(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(field="node")
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(item))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def x_fields_of__mutmut_4(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(node, )
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(item))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def x_fields_of__mutmut_5(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(node, field="XXnodeXX")
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(item))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def x_fields_of__mutmut_6(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(node, field="NODE")
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(item))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def x_fields_of__mutmut_7(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(node, field="node")
    if isinstance(node, (And, Or)):
        return tuple(None)
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def x_fields_of__mutmut_8(node: Filter) -> tuple[Field, ...]:
    """Return every field a filter reads, depth first, in order (duplicates kept).

    Raises:
        autocrm.query.TypeMismatch: ``node`` is not a filter.

    Examples:
        >>> [f.name for f in fields_of((F.vehicle.brand == "大众") | F.vehicle.plate.is_null())]
        ['vehicle.brand', 'vehicle.plate']
    """
    require_filter(node, field="node")
    if isinstance(node, (And, Or)):
        return tuple(f for item in node.items for f in fields_of(None))
    if isinstance(node, Not):
        return fields_of(node.item)
    return (node.field,)


def x_fields_of__mutmut_9(node: Filter) -> tuple[Field, ...]:
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
        return fields_of(None)
    return (node.field,)

mutants_x_fields_of__mutmut['_mutmut_orig'] = x_fields_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_1'] = x_fields_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_2'] = x_fields_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_3'] = x_fields_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_4'] = x_fields_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_5'] = x_fields_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_6'] = x_fields_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_7'] = x_fields_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_8'] = x_fields_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_fields_of__mutmut['x_fields_of__mutmut_9'] = x_fields_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_needs_as_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_needs_as_of__mutmut)
def needs_as_of(node: Filter) -> bool:
    """True if the filter holds a :class:`RelativeWindow` (so it needs an ``as_of``).

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


def x_needs_as_of__mutmut_orig(node: Filter) -> bool:
    """True if the filter holds a :class:`RelativeWindow` (so it needs an ``as_of``).

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


def x_needs_as_of__mutmut_1(node: Filter) -> bool:
    """True if the filter holds a :class:`RelativeWindow` (so it needs an ``as_of``).

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8)), needs_as_of(
        ...     F.work_order.vin == "LFV2A21K3D3109826")
        (True, False)
    """
    if isinstance(node, RelativeWindow):
        return False
    if isinstance(node, (And, Or)):
        return any(needs_as_of(item) for item in node.items)
    if isinstance(node, Not):
        return needs_as_of(node.item)
    return False


def x_needs_as_of__mutmut_2(node: Filter) -> bool:
    """True if the filter holds a :class:`RelativeWindow` (so it needs an ``as_of``).

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8)), needs_as_of(
        ...     F.work_order.vin == "LFV2A21K3D3109826")
        (True, False)
    """
    if isinstance(node, RelativeWindow):
        return True
    if isinstance(node, (And, Or)):
        return any(None)
    if isinstance(node, Not):
        return needs_as_of(node.item)
    return False


def x_needs_as_of__mutmut_3(node: Filter) -> bool:
    """True if the filter holds a :class:`RelativeWindow` (so it needs an ``as_of``).

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8)), needs_as_of(
        ...     F.work_order.vin == "LFV2A21K3D3109826")
        (True, False)
    """
    if isinstance(node, RelativeWindow):
        return True
    if isinstance(node, (And, Or)):
        return any(needs_as_of(None) for item in node.items)
    if isinstance(node, Not):
        return needs_as_of(node.item)
    return False


def x_needs_as_of__mutmut_4(node: Filter) -> bool:
    """True if the filter holds a :class:`RelativeWindow` (so it needs an ``as_of``).

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
        return needs_as_of(None)
    return False


def x_needs_as_of__mutmut_5(node: Filter) -> bool:
    """True if the filter holds a :class:`RelativeWindow` (so it needs an ``as_of``).

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
    return True

mutants_x_needs_as_of__mutmut['_mutmut_orig'] = x_needs_as_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_needs_as_of__mutmut['x_needs_as_of__mutmut_1'] = x_needs_as_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_needs_as_of__mutmut['x_needs_as_of__mutmut_2'] = x_needs_as_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_needs_as_of__mutmut['x_needs_as_of__mutmut_3'] = x_needs_as_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_needs_as_of__mutmut['x_needs_as_of__mutmut_4'] = x_needs_as_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_needs_as_of__mutmut['x_needs_as_of__mutmut_5'] = x_needs_as_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__start_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__start_of__mutmut)
def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=CHINA_TZ)


def x__start_of__mutmut_orig(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=CHINA_TZ)


def x__start_of__mutmut_1(day: date) -> datetime:
    return datetime.combine(None, time(0), tzinfo=CHINA_TZ)


def x__start_of__mutmut_2(day: date) -> datetime:
    return datetime.combine(day, None, tzinfo=CHINA_TZ)


def x__start_of__mutmut_3(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=None)


def x__start_of__mutmut_4(day: date) -> datetime:
    return datetime.combine(time(0), tzinfo=CHINA_TZ)


def x__start_of__mutmut_5(day: date) -> datetime:
    return datetime.combine(day, tzinfo=CHINA_TZ)


def x__start_of__mutmut_6(day: date) -> datetime:
    return datetime.combine(day, time(0), )


def x__start_of__mutmut_7(day: date) -> datetime:
    return datetime.combine(day, time(None), tzinfo=CHINA_TZ)


def x__start_of__mutmut_8(day: date) -> datetime:
    return datetime.combine(day, time(1), tzinfo=CHINA_TZ)

mutants_x__start_of__mutmut['_mutmut_orig'] = x__start_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__start_of__mutmut['x__start_of__mutmut_1'] = x__start_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__start_of__mutmut['x__start_of__mutmut_2'] = x__start_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__start_of__mutmut['x__start_of__mutmut_3'] = x__start_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__start_of__mutmut['x__start_of__mutmut_4'] = x__start_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__start_of__mutmut['x__start_of__mutmut_5'] = x__start_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__start_of__mutmut['x__start_of__mutmut_6'] = x__start_of__mutmut_6 # type: ignore # mutmut generated
mutants_x__start_of__mutmut['x__start_of__mutmut_7'] = x__start_of__mutmut_7 # type: ignore # mutmut generated
mutants_x__start_of__mutmut['x__start_of__mutmut_8'] = x__start_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_window_bounds__mutmut)
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_orig(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_1(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None and (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_2(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is not None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_3(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) or as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_4(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is not None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_5(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = None
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_6(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(None)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_7(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(None, field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_8(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=None, value=as_of)
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


def x_window_bounds__mutmut_9(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=None)
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


def x_window_bounds__mutmut_10(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(field=window.field.name, value=as_of)
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


def x_window_bounds__mutmut_11(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, value=as_of)
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


def x_window_bounds__mutmut_12(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, )
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


def x_window_bounds__mutmut_13(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = None
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


def x_window_bounds__mutmut_14(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction != "past":
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


def x_window_bounds__mutmut_15(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "XXpastXX":
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


def x_window_bounds__mutmut_16(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "PAST":
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


def x_window_bounds__mutmut_17(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = None
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


def x_window_bounds__mutmut_18(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if (isinstance(as_of, datetime)) and False else _start_of(as_of + timedelta(days=1))
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


def x_window_bounds__mutmut_19(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if (isinstance(as_of, datetime)) or True else _start_of(as_of + timedelta(days=1))
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


def x_window_bounds__mutmut_20(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(None)
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


def x_window_bounds__mutmut_21(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of - timedelta(days=1))
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


def x_window_bounds__mutmut_22(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=None))
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


def x_window_bounds__mutmut_23(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=2))
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


def x_window_bounds__mutmut_24(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = None
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


def x_window_bounds__mutmut_25(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor + length, anchor
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


def x_window_bounds__mutmut_26(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = None
        low, high = anchor, anchor + length
    if window.field.type is ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_27(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = as_of if (isinstance(as_of, datetime)) and False else _start_of(as_of)
        low, high = anchor, anchor + length
    if window.field.type is ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_28(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = as_of if (isinstance(as_of, datetime)) or True else _start_of(as_of)
        low, high = anchor, anchor + length
    if window.field.type is ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_29(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = as_of if isinstance(as_of, datetime) else _start_of(None)
        low, high = anchor, anchor + length
    if window.field.type is ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_30(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = as_of if isinstance(as_of, datetime) else _start_of(as_of)
        low, high = None
    if window.field.type is ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_31(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = as_of if isinstance(as_of, datetime) else _start_of(as_of)
        low, high = anchor, anchor - length
    if window.field.type is ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_32(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = as_of if isinstance(as_of, datetime) else _start_of(as_of)
        low, high = anchor, anchor + length
    if window.field.type is not ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_33(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
    low_day = None
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_34(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
    low_day = local_date(None)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_35(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
    high_day = None
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_36(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
    high_day = local_date(None)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_37(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
    if _start_of(None) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_38(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
    if _start_of(high_day) <= high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_39(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
    if _start_of(high_day) < high.astimezone(None):
        high_day += timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_40(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
        high_day = timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_41(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
        high_day -= timedelta(days=1)
    return low_day, high_day


def x_window_bounds__mutmut_42(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
        high_day += timedelta(days=None)
    return low_day, high_day


def x_window_bounds__mutmut_43(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
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
    if as_of is None or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
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
        high_day += timedelta(days=2)
    return low_day, high_day

mutants_x_window_bounds__mutmut['_mutmut_orig'] = x_window_bounds__mutmut_orig # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_1'] = x_window_bounds__mutmut_1 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_2'] = x_window_bounds__mutmut_2 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_3'] = x_window_bounds__mutmut_3 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_4'] = x_window_bounds__mutmut_4 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_5'] = x_window_bounds__mutmut_5 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_6'] = x_window_bounds__mutmut_6 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_7'] = x_window_bounds__mutmut_7 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_8'] = x_window_bounds__mutmut_8 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_9'] = x_window_bounds__mutmut_9 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_10'] = x_window_bounds__mutmut_10 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_11'] = x_window_bounds__mutmut_11 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_12'] = x_window_bounds__mutmut_12 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_13'] = x_window_bounds__mutmut_13 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_14'] = x_window_bounds__mutmut_14 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_15'] = x_window_bounds__mutmut_15 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_16'] = x_window_bounds__mutmut_16 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_17'] = x_window_bounds__mutmut_17 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_18'] = x_window_bounds__mutmut_18 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_19'] = x_window_bounds__mutmut_19 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_20'] = x_window_bounds__mutmut_20 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_21'] = x_window_bounds__mutmut_21 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_22'] = x_window_bounds__mutmut_22 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_23'] = x_window_bounds__mutmut_23 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_24'] = x_window_bounds__mutmut_24 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_25'] = x_window_bounds__mutmut_25 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_26'] = x_window_bounds__mutmut_26 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_27'] = x_window_bounds__mutmut_27 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_28'] = x_window_bounds__mutmut_28 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_29'] = x_window_bounds__mutmut_29 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_30'] = x_window_bounds__mutmut_30 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_31'] = x_window_bounds__mutmut_31 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_32'] = x_window_bounds__mutmut_32 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_33'] = x_window_bounds__mutmut_33 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_34'] = x_window_bounds__mutmut_34 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_35'] = x_window_bounds__mutmut_35 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_36'] = x_window_bounds__mutmut_36 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_37'] = x_window_bounds__mutmut_37 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_38'] = x_window_bounds__mutmut_38 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_39'] = x_window_bounds__mutmut_39 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_40'] = x_window_bounds__mutmut_40 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_41'] = x_window_bounds__mutmut_41 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_42'] = x_window_bounds__mutmut_42 # type: ignore # mutmut generated
mutants_x_window_bounds__mutmut['x_window_bounds__mutmut_43'] = x_window_bounds__mutmut_43 # type: ignore # mutmut generated
mutants_x_bind__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bind__mutmut)
def bind(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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


def x_bind__mutmut_orig(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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


def x_bind__mutmut_1(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = None  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_2(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(None, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_3(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=None)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_4(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_5(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, )  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_6(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And(None)
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_7(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(None, node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_8(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", None, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_9(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, None), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_10(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_11(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_12(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, ), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_13(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare("XX>=XX", node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_14(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare(None, node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_15(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", None, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_16(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, None)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_17(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare(node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_18(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_19(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, )))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_20(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("XX<XX", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_21(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return And(None)
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_22(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return And(tuple(None))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_23(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return And(tuple(bind(None, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_24(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return And(tuple(bind(item, as_of=None) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_25(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return And(tuple(bind(as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_26(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return And(tuple(bind(item, ) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_27(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Or(None)
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_28(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Or(tuple(None))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_29(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Or(tuple(bind(None, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_30(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Or(tuple(bind(item, as_of=None) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_31(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Or(tuple(bind(as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_32(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Or(tuple(bind(item, ) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def x_bind__mutmut_33(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Not(None)
    return node


def x_bind__mutmut_34(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Not(bind(None, as_of=as_of))
    return node


def x_bind__mutmut_35(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Not(bind(node.item, as_of=None))
    return node


def x_bind__mutmut_36(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Not(bind(as_of=as_of))
    return node


def x_bind__mutmut_37(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every :class:`RelativeWindow` replaced by fixed bounds.

    A window becomes ``(field >= low) & (field < high)`` (see :func:`window_bounds`),
    so an engine that runs a bound filter never needs ``as_of``. A filter without
    windows is returned unchanged (``as_of`` may then be None).

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
        return Not(bind(node.item, ))
    return node

mutants_x_bind__mutmut['_mutmut_orig'] = x_bind__mutmut_orig # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_1'] = x_bind__mutmut_1 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_2'] = x_bind__mutmut_2 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_3'] = x_bind__mutmut_3 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_4'] = x_bind__mutmut_4 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_5'] = x_bind__mutmut_5 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_6'] = x_bind__mutmut_6 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_7'] = x_bind__mutmut_7 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_8'] = x_bind__mutmut_8 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_9'] = x_bind__mutmut_9 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_10'] = x_bind__mutmut_10 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_11'] = x_bind__mutmut_11 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_12'] = x_bind__mutmut_12 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_13'] = x_bind__mutmut_13 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_14'] = x_bind__mutmut_14 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_15'] = x_bind__mutmut_15 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_16'] = x_bind__mutmut_16 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_17'] = x_bind__mutmut_17 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_18'] = x_bind__mutmut_18 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_19'] = x_bind__mutmut_19 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_20'] = x_bind__mutmut_20 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_21'] = x_bind__mutmut_21 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_22'] = x_bind__mutmut_22 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_23'] = x_bind__mutmut_23 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_24'] = x_bind__mutmut_24 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_25'] = x_bind__mutmut_25 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_26'] = x_bind__mutmut_26 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_27'] = x_bind__mutmut_27 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_28'] = x_bind__mutmut_28 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_29'] = x_bind__mutmut_29 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_30'] = x_bind__mutmut_30 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_31'] = x_bind__mutmut_31 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_32'] = x_bind__mutmut_32 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_33'] = x_bind__mutmut_33 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_34'] = x_bind__mutmut_34 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_35'] = x_bind__mutmut_35 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_36'] = x_bind__mutmut_36 # type: ignore # mutmut generated
mutants_x_bind__mutmut['x_bind__mutmut_37'] = x_bind__mutmut_37 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__getattr____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__getitem____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__repr____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__eq____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__ne____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__lt____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__le____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__gt____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁ__ge____mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁin___mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁbetween__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁcontains__mutmut: MutantDict = {}  # type: ignore
mutants_xǁFieldRefǁis_null__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁFieldRefǁ__init____mutmut)
    def __init__(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_orig(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_1(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = None
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_2(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(None)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_3(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = None
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_4(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = None
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_5(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 or path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_6(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) != 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_7(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 2 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_8(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[1] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_9(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] not in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, path)

    def xǁFieldRefǁ__init____mutmut_10(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(None, path)

    def xǁFieldRefǁ__init____mutmut_11(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, None)

    def xǁFieldRefǁ__init____mutmut_12(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(path)

    def xǁFieldRefǁ__init____mutmut_13(self, entity: str, path: tuple[str, ...] = ()) -> None:
        schema = entity_schema(entity)
        self._entity = schema.name
        self._path = path
        if len(path) == 1 and path[0] in schema.relations:
            return  # a relation: its fields follow
        if path:
            resolve_path(schema.name, )

    @_mutmut_mutated(mutants_xǁFieldRefǁ__getattr____mutmut)
    def __getattr__(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def xǁFieldRefǁ__getattr____mutmut_orig(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def xǁFieldRefǁ__getattr____mutmut_1(self, name: str) -> FieldRef:
        if name.startswith(None):
            raise AttributeError(name)
        return self[name]

    def xǁFieldRefǁ__getattr____mutmut_2(self, name: str) -> FieldRef:
        if name.startswith("XX_XX"):
            raise AttributeError(name)
        return self[name]

    def xǁFieldRefǁ__getattr____mutmut_3(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(None)
        return self[name]

    @_mutmut_mutated(mutants_xǁFieldRefǁ__getitem____mutmut)
    def __getitem__(self, name: str) -> FieldRef:
        return FieldRef(self._entity, (*self._path, name))

    def xǁFieldRefǁ__getitem____mutmut_orig(self, name: str) -> FieldRef:
        return FieldRef(self._entity, (*self._path, name))

    def xǁFieldRefǁ__getitem____mutmut_1(self, name: str) -> FieldRef:
        return FieldRef(None, (*self._path, name))

    def xǁFieldRefǁ__getitem____mutmut_2(self, name: str) -> FieldRef:
        return FieldRef(self._entity, None)

    def xǁFieldRefǁ__getitem____mutmut_3(self, name: str) -> FieldRef:
        return FieldRef((*self._path, name))

    def xǁFieldRefǁ__getitem____mutmut_4(self, name: str) -> FieldRef:
        return FieldRef(self._entity, )

    @_mutmut_mutated(mutants_xǁFieldRefǁ__repr____mutmut)
    def __repr__(self) -> str:
        return f"<F.{'.'.join((self._entity, *self._path))}>"

    def xǁFieldRefǁ__repr____mutmut_orig(self) -> str:
        return f"<F.{'.'.join((self._entity, *self._path))}>"

    def xǁFieldRefǁ__repr____mutmut_1(self) -> str:
        return f"<F.{'.'.join(None)}>"

    def xǁFieldRefǁ__repr____mutmut_2(self) -> str:
        return f"<F.{'XX.XX'.join((self._entity, *self._path))}>"

    @property
    def field(self) -> Field:
        """The :class:`Field` node this path names.

        Raises:
            autocrm.query.UnknownField: the path ends at an entity or a relation.
        """
        if not self._path:
            msg = f"{self._entity}: name a field of {self._entity}, e.g. F.{self._entity}.version"
            raise UnknownField(msg, field=self._entity, value=None)
        return Field(self._entity, self._path)

    @_mutmut_mutated(mutants_xǁFieldRefǁ__eq____mutmut)
    def __eq__(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("==", self.field, value)

    def xǁFieldRefǁ__eq____mutmut_orig(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("==", self.field, value)

    def xǁFieldRefǁ__eq____mutmut_1(self, value: object) -> Compare:  # type: ignore[override]
        return Compare(None, self.field, value)

    def xǁFieldRefǁ__eq____mutmut_2(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("==", None, value)

    def xǁFieldRefǁ__eq____mutmut_3(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("==", self.field, None)

    def xǁFieldRefǁ__eq____mutmut_4(self, value: object) -> Compare:  # type: ignore[override]
        return Compare(self.field, value)

    def xǁFieldRefǁ__eq____mutmut_5(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("==", value)

    def xǁFieldRefǁ__eq____mutmut_6(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("==", self.field, )

    def xǁFieldRefǁ__eq____mutmut_7(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("XX==XX", self.field, value)

    @_mutmut_mutated(mutants_xǁFieldRefǁ__ne____mutmut)
    def __ne__(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("!=", self.field, value)

    def xǁFieldRefǁ__ne____mutmut_orig(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("!=", self.field, value)

    def xǁFieldRefǁ__ne____mutmut_1(self, value: object) -> Compare:  # type: ignore[override]
        return Compare(None, self.field, value)

    def xǁFieldRefǁ__ne____mutmut_2(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("!=", None, value)

    def xǁFieldRefǁ__ne____mutmut_3(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("!=", self.field, None)

    def xǁFieldRefǁ__ne____mutmut_4(self, value: object) -> Compare:  # type: ignore[override]
        return Compare(self.field, value)

    def xǁFieldRefǁ__ne____mutmut_5(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("!=", value)

    def xǁFieldRefǁ__ne____mutmut_6(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("!=", self.field, )

    def xǁFieldRefǁ__ne____mutmut_7(self, value: object) -> Compare:  # type: ignore[override]
        return Compare("XX!=XX", self.field, value)

    @_mutmut_mutated(mutants_xǁFieldRefǁ__lt____mutmut)
    def __lt__(self, value: object) -> Compare:
        return Compare("<", self.field, value)

    def xǁFieldRefǁ__lt____mutmut_orig(self, value: object) -> Compare:
        return Compare("<", self.field, value)

    def xǁFieldRefǁ__lt____mutmut_1(self, value: object) -> Compare:
        return Compare(None, self.field, value)

    def xǁFieldRefǁ__lt____mutmut_2(self, value: object) -> Compare:
        return Compare("<", None, value)

    def xǁFieldRefǁ__lt____mutmut_3(self, value: object) -> Compare:
        return Compare("<", self.field, None)

    def xǁFieldRefǁ__lt____mutmut_4(self, value: object) -> Compare:
        return Compare(self.field, value)

    def xǁFieldRefǁ__lt____mutmut_5(self, value: object) -> Compare:
        return Compare("<", value)

    def xǁFieldRefǁ__lt____mutmut_6(self, value: object) -> Compare:
        return Compare("<", self.field, )

    def xǁFieldRefǁ__lt____mutmut_7(self, value: object) -> Compare:
        return Compare("XX<XX", self.field, value)

    @_mutmut_mutated(mutants_xǁFieldRefǁ__le____mutmut)
    def __le__(self, value: object) -> Compare:
        return Compare("<=", self.field, value)

    def xǁFieldRefǁ__le____mutmut_orig(self, value: object) -> Compare:
        return Compare("<=", self.field, value)

    def xǁFieldRefǁ__le____mutmut_1(self, value: object) -> Compare:
        return Compare(None, self.field, value)

    def xǁFieldRefǁ__le____mutmut_2(self, value: object) -> Compare:
        return Compare("<=", None, value)

    def xǁFieldRefǁ__le____mutmut_3(self, value: object) -> Compare:
        return Compare("<=", self.field, None)

    def xǁFieldRefǁ__le____mutmut_4(self, value: object) -> Compare:
        return Compare(self.field, value)

    def xǁFieldRefǁ__le____mutmut_5(self, value: object) -> Compare:
        return Compare("<=", value)

    def xǁFieldRefǁ__le____mutmut_6(self, value: object) -> Compare:
        return Compare("<=", self.field, )

    def xǁFieldRefǁ__le____mutmut_7(self, value: object) -> Compare:
        return Compare("XX<=XX", self.field, value)

    @_mutmut_mutated(mutants_xǁFieldRefǁ__gt____mutmut)
    def __gt__(self, value: object) -> Compare:
        return Compare(">", self.field, value)

    def xǁFieldRefǁ__gt____mutmut_orig(self, value: object) -> Compare:
        return Compare(">", self.field, value)

    def xǁFieldRefǁ__gt____mutmut_1(self, value: object) -> Compare:
        return Compare(None, self.field, value)

    def xǁFieldRefǁ__gt____mutmut_2(self, value: object) -> Compare:
        return Compare(">", None, value)

    def xǁFieldRefǁ__gt____mutmut_3(self, value: object) -> Compare:
        return Compare(">", self.field, None)

    def xǁFieldRefǁ__gt____mutmut_4(self, value: object) -> Compare:
        return Compare(self.field, value)

    def xǁFieldRefǁ__gt____mutmut_5(self, value: object) -> Compare:
        return Compare(">", value)

    def xǁFieldRefǁ__gt____mutmut_6(self, value: object) -> Compare:
        return Compare(">", self.field, )

    def xǁFieldRefǁ__gt____mutmut_7(self, value: object) -> Compare:
        return Compare("XX>XX", self.field, value)

    @_mutmut_mutated(mutants_xǁFieldRefǁ__ge____mutmut)
    def __ge__(self, value: object) -> Compare:
        return Compare(">=", self.field, value)

    def xǁFieldRefǁ__ge____mutmut_orig(self, value: object) -> Compare:
        return Compare(">=", self.field, value)

    def xǁFieldRefǁ__ge____mutmut_1(self, value: object) -> Compare:
        return Compare(None, self.field, value)

    def xǁFieldRefǁ__ge____mutmut_2(self, value: object) -> Compare:
        return Compare(">=", None, value)

    def xǁFieldRefǁ__ge____mutmut_3(self, value: object) -> Compare:
        return Compare(">=", self.field, None)

    def xǁFieldRefǁ__ge____mutmut_4(self, value: object) -> Compare:
        return Compare(self.field, value)

    def xǁFieldRefǁ__ge____mutmut_5(self, value: object) -> Compare:
        return Compare(">=", value)

    def xǁFieldRefǁ__ge____mutmut_6(self, value: object) -> Compare:
        return Compare(">=", self.field, )

    def xǁFieldRefǁ__ge____mutmut_7(self, value: object) -> Compare:
        return Compare("XX>=XX", self.field, value)

    @_mutmut_mutated(mutants_xǁFieldRefǁin___mutmut)
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

    def xǁFieldRefǁin___mutmut_orig(self, values: Iterable[object]) -> In:
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

    def xǁFieldRefǁin___mutmut_1(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = None
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, value=values)
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_2(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = None
            raise TypeMismatch(msg, field=name, value=values)
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_3(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(None)}"
            raise TypeMismatch(msg, field=name, value=values)
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_4(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(None, field=name, value=values)
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_5(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=None, value=values)
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_6(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, value=None)
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_7(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(field=name, value=values)
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_8(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, value=values)
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_9(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, )
        return In(self.field, tuple(values))

    def xǁFieldRefǁin___mutmut_10(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, value=values)
        return In(None, tuple(values))

    def xǁFieldRefǁin___mutmut_11(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, value=values)
        return In(self.field, None)

    def xǁFieldRefǁin___mutmut_12(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, value=values)
        return In(tuple(values))

    def xǁFieldRefǁin___mutmut_13(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, value=values)
        return In(self.field, )

    def xǁFieldRefǁin___mutmut_14(self, values: Iterable[object]) -> In:
        """The value is one of ``values``.

        Examples:
            >>> F.complaint.level.in_(["II", "三级"]).values
            (<ComplaintLevel.II: 'II'>, <ComplaintLevel.III: 'III'>)
        """
        if isinstance(values, str):
            name = self.field.name
            msg = f"{name}: in_ takes a collection of values, got the str {shown(values)}"
            raise TypeMismatch(msg, field=name, value=values)
        return In(self.field, tuple(None))

    @_mutmut_mutated(mutants_xǁFieldRefǁbetween__mutmut)
    def between(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(self.field, low, high)

    def xǁFieldRefǁbetween__mutmut_orig(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(self.field, low, high)

    def xǁFieldRefǁbetween__mutmut_1(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(None, low, high)

    def xǁFieldRefǁbetween__mutmut_2(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(self.field, None, high)

    def xǁFieldRefǁbetween__mutmut_3(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(self.field, low, None)

    def xǁFieldRefǁbetween__mutmut_4(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(low, high)

    def xǁFieldRefǁbetween__mutmut_5(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(self.field, high)

    def xǁFieldRefǁbetween__mutmut_6(self, low: object, high: object) -> Between:
        """``low <= value <= high``, both ends included.

        Examples:
            >>> F.vehicle.warranty_km.between(0, 100_000).low
            0
        """
        return Between(self.field, low, )

    @_mutmut_mutated(mutants_xǁFieldRefǁcontains__mutmut)
    def contains(self, value: object) -> Contains:
        """A substring of a text field, or a member of a set field.

        Examples:
            >>> F.customer.tags.contains("vip").value
            'vip'
        """
        return Contains(self.field, value)

    def xǁFieldRefǁcontains__mutmut_orig(self, value: object) -> Contains:
        """A substring of a text field, or a member of a set field.

        Examples:
            >>> F.customer.tags.contains("vip").value
            'vip'
        """
        return Contains(self.field, value)

    def xǁFieldRefǁcontains__mutmut_1(self, value: object) -> Contains:
        """A substring of a text field, or a member of a set field.

        Examples:
            >>> F.customer.tags.contains("vip").value
            'vip'
        """
        return Contains(None, value)

    def xǁFieldRefǁcontains__mutmut_2(self, value: object) -> Contains:
        """A substring of a text field, or a member of a set field.

        Examples:
            >>> F.customer.tags.contains("vip").value
            'vip'
        """
        return Contains(self.field, None)

    def xǁFieldRefǁcontains__mutmut_3(self, value: object) -> Contains:
        """A substring of a text field, or a member of a set field.

        Examples:
            >>> F.customer.tags.contains("vip").value
            'vip'
        """
        return Contains(value)

    def xǁFieldRefǁcontains__mutmut_4(self, value: object) -> Contains:
        """A substring of a text field, or a member of a set field.

        Examples:
            >>> F.customer.tags.contains("vip").value
            'vip'
        """
        return Contains(self.field, )

    @_mutmut_mutated(mutants_xǁFieldRefǁis_null__mutmut)
    def is_null(self) -> IsNull:
        """The value is missing.

        Examples:
            >>> (~F.vehicle.insurer.is_null()).entity
            'vehicle'
        """
        return IsNull(self.field)

    def xǁFieldRefǁis_null__mutmut_orig(self) -> IsNull:
        """The value is missing.

        Examples:
            >>> (~F.vehicle.insurer.is_null()).entity
            'vehicle'
        """
        return IsNull(self.field)

    def xǁFieldRefǁis_null__mutmut_1(self) -> IsNull:
        """The value is missing.

        Examples:
            >>> (~F.vehicle.insurer.is_null()).entity
            'vehicle'
        """
        return IsNull(None)

mutants_xǁFieldRefǁ__init____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_1'] = FieldRef.xǁFieldRefǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_2'] = FieldRef.xǁFieldRefǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_3'] = FieldRef.xǁFieldRefǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_4'] = FieldRef.xǁFieldRefǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_5'] = FieldRef.xǁFieldRefǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_6'] = FieldRef.xǁFieldRefǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_7'] = FieldRef.xǁFieldRefǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_8'] = FieldRef.xǁFieldRefǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_9'] = FieldRef.xǁFieldRefǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_10'] = FieldRef.xǁFieldRefǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_11'] = FieldRef.xǁFieldRefǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_12'] = FieldRef.xǁFieldRefǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__init____mutmut['xǁFieldRefǁ__init____mutmut_13'] = FieldRef.xǁFieldRefǁ__init____mutmut_13 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__getattr____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__getattr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__getattr____mutmut['xǁFieldRefǁ__getattr____mutmut_1'] = FieldRef.xǁFieldRefǁ__getattr____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__getattr____mutmut['xǁFieldRefǁ__getattr____mutmut_2'] = FieldRef.xǁFieldRefǁ__getattr____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__getattr____mutmut['xǁFieldRefǁ__getattr____mutmut_3'] = FieldRef.xǁFieldRefǁ__getattr____mutmut_3 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__getitem____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__getitem____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__getitem____mutmut['xǁFieldRefǁ__getitem____mutmut_1'] = FieldRef.xǁFieldRefǁ__getitem____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__getitem____mutmut['xǁFieldRefǁ__getitem____mutmut_2'] = FieldRef.xǁFieldRefǁ__getitem____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__getitem____mutmut['xǁFieldRefǁ__getitem____mutmut_3'] = FieldRef.xǁFieldRefǁ__getitem____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__getitem____mutmut['xǁFieldRefǁ__getitem____mutmut_4'] = FieldRef.xǁFieldRefǁ__getitem____mutmut_4 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__repr____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__repr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__repr____mutmut['xǁFieldRefǁ__repr____mutmut_1'] = FieldRef.xǁFieldRefǁ__repr____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__repr____mutmut['xǁFieldRefǁ__repr____mutmut_2'] = FieldRef.xǁFieldRefǁ__repr____mutmut_2 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__eq____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__eq____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__eq____mutmut['xǁFieldRefǁ__eq____mutmut_1'] = FieldRef.xǁFieldRefǁ__eq____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__eq____mutmut['xǁFieldRefǁ__eq____mutmut_2'] = FieldRef.xǁFieldRefǁ__eq____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__eq____mutmut['xǁFieldRefǁ__eq____mutmut_3'] = FieldRef.xǁFieldRefǁ__eq____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__eq____mutmut['xǁFieldRefǁ__eq____mutmut_4'] = FieldRef.xǁFieldRefǁ__eq____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__eq____mutmut['xǁFieldRefǁ__eq____mutmut_5'] = FieldRef.xǁFieldRefǁ__eq____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__eq____mutmut['xǁFieldRefǁ__eq____mutmut_6'] = FieldRef.xǁFieldRefǁ__eq____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__eq____mutmut['xǁFieldRefǁ__eq____mutmut_7'] = FieldRef.xǁFieldRefǁ__eq____mutmut_7 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__ne____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__ne____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ne____mutmut['xǁFieldRefǁ__ne____mutmut_1'] = FieldRef.xǁFieldRefǁ__ne____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ne____mutmut['xǁFieldRefǁ__ne____mutmut_2'] = FieldRef.xǁFieldRefǁ__ne____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ne____mutmut['xǁFieldRefǁ__ne____mutmut_3'] = FieldRef.xǁFieldRefǁ__ne____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ne____mutmut['xǁFieldRefǁ__ne____mutmut_4'] = FieldRef.xǁFieldRefǁ__ne____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ne____mutmut['xǁFieldRefǁ__ne____mutmut_5'] = FieldRef.xǁFieldRefǁ__ne____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ne____mutmut['xǁFieldRefǁ__ne____mutmut_6'] = FieldRef.xǁFieldRefǁ__ne____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ne____mutmut['xǁFieldRefǁ__ne____mutmut_7'] = FieldRef.xǁFieldRefǁ__ne____mutmut_7 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__lt____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__lt____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__lt____mutmut['xǁFieldRefǁ__lt____mutmut_1'] = FieldRef.xǁFieldRefǁ__lt____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__lt____mutmut['xǁFieldRefǁ__lt____mutmut_2'] = FieldRef.xǁFieldRefǁ__lt____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__lt____mutmut['xǁFieldRefǁ__lt____mutmut_3'] = FieldRef.xǁFieldRefǁ__lt____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__lt____mutmut['xǁFieldRefǁ__lt____mutmut_4'] = FieldRef.xǁFieldRefǁ__lt____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__lt____mutmut['xǁFieldRefǁ__lt____mutmut_5'] = FieldRef.xǁFieldRefǁ__lt____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__lt____mutmut['xǁFieldRefǁ__lt____mutmut_6'] = FieldRef.xǁFieldRefǁ__lt____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__lt____mutmut['xǁFieldRefǁ__lt____mutmut_7'] = FieldRef.xǁFieldRefǁ__lt____mutmut_7 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__le____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__le____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__le____mutmut['xǁFieldRefǁ__le____mutmut_1'] = FieldRef.xǁFieldRefǁ__le____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__le____mutmut['xǁFieldRefǁ__le____mutmut_2'] = FieldRef.xǁFieldRefǁ__le____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__le____mutmut['xǁFieldRefǁ__le____mutmut_3'] = FieldRef.xǁFieldRefǁ__le____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__le____mutmut['xǁFieldRefǁ__le____mutmut_4'] = FieldRef.xǁFieldRefǁ__le____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__le____mutmut['xǁFieldRefǁ__le____mutmut_5'] = FieldRef.xǁFieldRefǁ__le____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__le____mutmut['xǁFieldRefǁ__le____mutmut_6'] = FieldRef.xǁFieldRefǁ__le____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__le____mutmut['xǁFieldRefǁ__le____mutmut_7'] = FieldRef.xǁFieldRefǁ__le____mutmut_7 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__gt____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__gt____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__gt____mutmut['xǁFieldRefǁ__gt____mutmut_1'] = FieldRef.xǁFieldRefǁ__gt____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__gt____mutmut['xǁFieldRefǁ__gt____mutmut_2'] = FieldRef.xǁFieldRefǁ__gt____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__gt____mutmut['xǁFieldRefǁ__gt____mutmut_3'] = FieldRef.xǁFieldRefǁ__gt____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__gt____mutmut['xǁFieldRefǁ__gt____mutmut_4'] = FieldRef.xǁFieldRefǁ__gt____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__gt____mutmut['xǁFieldRefǁ__gt____mutmut_5'] = FieldRef.xǁFieldRefǁ__gt____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__gt____mutmut['xǁFieldRefǁ__gt____mutmut_6'] = FieldRef.xǁFieldRefǁ__gt____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__gt____mutmut['xǁFieldRefǁ__gt____mutmut_7'] = FieldRef.xǁFieldRefǁ__gt____mutmut_7 # type: ignore # mutmut generated

mutants_xǁFieldRefǁ__ge____mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁ__ge____mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ge____mutmut['xǁFieldRefǁ__ge____mutmut_1'] = FieldRef.xǁFieldRefǁ__ge____mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ge____mutmut['xǁFieldRefǁ__ge____mutmut_2'] = FieldRef.xǁFieldRefǁ__ge____mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ge____mutmut['xǁFieldRefǁ__ge____mutmut_3'] = FieldRef.xǁFieldRefǁ__ge____mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ge____mutmut['xǁFieldRefǁ__ge____mutmut_4'] = FieldRef.xǁFieldRefǁ__ge____mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ge____mutmut['xǁFieldRefǁ__ge____mutmut_5'] = FieldRef.xǁFieldRefǁ__ge____mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ge____mutmut['xǁFieldRefǁ__ge____mutmut_6'] = FieldRef.xǁFieldRefǁ__ge____mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldRefǁ__ge____mutmut['xǁFieldRefǁ__ge____mutmut_7'] = FieldRef.xǁFieldRefǁ__ge____mutmut_7 # type: ignore # mutmut generated

mutants_xǁFieldRefǁin___mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁin___mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_1'] = FieldRef.xǁFieldRefǁin___mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_2'] = FieldRef.xǁFieldRefǁin___mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_3'] = FieldRef.xǁFieldRefǁin___mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_4'] = FieldRef.xǁFieldRefǁin___mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_5'] = FieldRef.xǁFieldRefǁin___mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_6'] = FieldRef.xǁFieldRefǁin___mutmut_6 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_7'] = FieldRef.xǁFieldRefǁin___mutmut_7 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_8'] = FieldRef.xǁFieldRefǁin___mutmut_8 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_9'] = FieldRef.xǁFieldRefǁin___mutmut_9 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_10'] = FieldRef.xǁFieldRefǁin___mutmut_10 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_11'] = FieldRef.xǁFieldRefǁin___mutmut_11 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_12'] = FieldRef.xǁFieldRefǁin___mutmut_12 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_13'] = FieldRef.xǁFieldRefǁin___mutmut_13 # type: ignore # mutmut generated
mutants_xǁFieldRefǁin___mutmut['xǁFieldRefǁin___mutmut_14'] = FieldRef.xǁFieldRefǁin___mutmut_14 # type: ignore # mutmut generated

mutants_xǁFieldRefǁbetween__mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁbetween__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁbetween__mutmut['xǁFieldRefǁbetween__mutmut_1'] = FieldRef.xǁFieldRefǁbetween__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁbetween__mutmut['xǁFieldRefǁbetween__mutmut_2'] = FieldRef.xǁFieldRefǁbetween__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁbetween__mutmut['xǁFieldRefǁbetween__mutmut_3'] = FieldRef.xǁFieldRefǁbetween__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁbetween__mutmut['xǁFieldRefǁbetween__mutmut_4'] = FieldRef.xǁFieldRefǁbetween__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFieldRefǁbetween__mutmut['xǁFieldRefǁbetween__mutmut_5'] = FieldRef.xǁFieldRefǁbetween__mutmut_5 # type: ignore # mutmut generated
mutants_xǁFieldRefǁbetween__mutmut['xǁFieldRefǁbetween__mutmut_6'] = FieldRef.xǁFieldRefǁbetween__mutmut_6 # type: ignore # mutmut generated

mutants_xǁFieldRefǁcontains__mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁcontains__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁcontains__mutmut['xǁFieldRefǁcontains__mutmut_1'] = FieldRef.xǁFieldRefǁcontains__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFieldRefǁcontains__mutmut['xǁFieldRefǁcontains__mutmut_2'] = FieldRef.xǁFieldRefǁcontains__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFieldRefǁcontains__mutmut['xǁFieldRefǁcontains__mutmut_3'] = FieldRef.xǁFieldRefǁcontains__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFieldRefǁcontains__mutmut['xǁFieldRefǁcontains__mutmut_4'] = FieldRef.xǁFieldRefǁcontains__mutmut_4 # type: ignore # mutmut generated

mutants_xǁFieldRefǁis_null__mutmut['_mutmut_orig'] = FieldRef.xǁFieldRefǁis_null__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFieldRefǁis_null__mutmut['xǁFieldRefǁis_null__mutmut_1'] = FieldRef.xǁFieldRefǁis_null__mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Rootǁ__getattr____mutmut: MutantDict = {}  # type: ignore
mutants_xǁ_Rootǁ__repr____mutmut: MutantDict = {}  # type: ignore


class _Root:
    """``F``: the entry point of field paths, ``F.<entity>.<field>``."""

    __slots__ = ()

    @_mutmut_mutated(mutants_xǁ_Rootǁ__getattr____mutmut)
    def __getattr__(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return FieldRef(name)

    def xǁ_Rootǁ__getattr____mutmut_orig(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return FieldRef(name)

    def xǁ_Rootǁ__getattr____mutmut_1(self, name: str) -> FieldRef:
        if name.startswith(None):
            raise AttributeError(name)
        return FieldRef(name)

    def xǁ_Rootǁ__getattr____mutmut_2(self, name: str) -> FieldRef:
        if name.startswith("XX_XX"):
            raise AttributeError(name)
        return FieldRef(name)

    def xǁ_Rootǁ__getattr____mutmut_3(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(None)
        return FieldRef(name)

    def xǁ_Rootǁ__getattr____mutmut_4(self, name: str) -> FieldRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return FieldRef(None)

    @_mutmut_mutated(mutants_xǁ_Rootǁ__repr____mutmut)
    def __repr__(self) -> str:
        return "F"

    def xǁ_Rootǁ__repr____mutmut_orig(self) -> str:
        return "F"

    def xǁ_Rootǁ__repr____mutmut_1(self) -> str:
        return "XXFXX"

    def xǁ_Rootǁ__repr____mutmut_2(self) -> str:
        return "f"

mutants_xǁ_Rootǁ__getattr____mutmut['_mutmut_orig'] = _Root.xǁ_Rootǁ__getattr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Rootǁ__getattr____mutmut['xǁ_Rootǁ__getattr____mutmut_1'] = _Root.xǁ_Rootǁ__getattr____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Rootǁ__getattr____mutmut['xǁ_Rootǁ__getattr____mutmut_2'] = _Root.xǁ_Rootǁ__getattr____mutmut_2 # type: ignore # mutmut generated
mutants_xǁ_Rootǁ__getattr____mutmut['xǁ_Rootǁ__getattr____mutmut_3'] = _Root.xǁ_Rootǁ__getattr____mutmut_3 # type: ignore # mutmut generated
mutants_xǁ_Rootǁ__getattr____mutmut['xǁ_Rootǁ__getattr____mutmut_4'] = _Root.xǁ_Rootǁ__getattr____mutmut_4 # type: ignore # mutmut generated

mutants_xǁ_Rootǁ__repr____mutmut['_mutmut_orig'] = _Root.xǁ_Rootǁ__repr____mutmut_orig # type: ignore # mutmut generated
mutants_xǁ_Rootǁ__repr____mutmut['xǁ_Rootǁ__repr____mutmut_1'] = _Root.xǁ_Rootǁ__repr____mutmut_1 # type: ignore # mutmut generated
mutants_xǁ_Rootǁ__repr____mutmut['xǁ_Rootǁ__repr____mutmut_2'] = _Root.xǁ_Rootǁ__repr____mutmut_2 # type: ignore # mutmut generated


#: Build field paths: ``F.work_order.vehicle.insurer``, ``F.customer.name``...
F = _Root()
mutants_x_field__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_field__mutmut)
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


def x_field__mutmut_orig(path: str) -> FieldRef:
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


def x_field__mutmut_1(path: str) -> FieldRef:
    """Return the field a dotted path names, e.g. from a configuration file or a CLI.

    Examples:
        >>> by_name = field("work_order.vehicle.insurer") == "PICC"
        >>> by_name == (F.work_order.vehicle.insurer == "PICC")
        True
    """
    if isinstance(path, str):
        msg = (  # type: ignore[unreachable]
            f"path: expected a dotted name such as 'vehicle.insurer', got {type(path).__name__}"
        )
        raise UnknownField(msg, field="path", value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_2(path: str) -> FieldRef:
    """Return the field a dotted path names, e.g. from a configuration file or a CLI.

    Examples:
        >>> by_name = field("work_order.vehicle.insurer") == "PICC"
        >>> by_name == (F.work_order.vehicle.insurer == "PICC")
        True
    """
    if not isinstance(path, str):
        msg = None
        raise UnknownField(msg, field="path", value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_3(path: str) -> FieldRef:
    """Return the field a dotted path names, e.g. from a configuration file or a CLI.

    Examples:
        >>> by_name = field("work_order.vehicle.insurer") == "PICC"
        >>> by_name == (F.work_order.vehicle.insurer == "PICC")
        True
    """
    if not isinstance(path, str):
        msg = (  # type: ignore[unreachable]
            f"path: expected a dotted name such as 'vehicle.insurer', got {type(None).__name__}"
        )
        raise UnknownField(msg, field="path", value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_4(path: str) -> FieldRef:
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
        raise UnknownField(None, field="path", value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_5(path: str) -> FieldRef:
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
        raise UnknownField(msg, field=None, value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_6(path: str) -> FieldRef:
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
        raise UnknownField(msg, field="path", value=None)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_7(path: str) -> FieldRef:
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
        raise UnknownField(field="path", value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_8(path: str) -> FieldRef:
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
        raise UnknownField(msg, value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_9(path: str) -> FieldRef:
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
        raise UnknownField(msg, field="path", )
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_10(path: str) -> FieldRef:
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
        raise UnknownField(msg, field="XXpathXX", value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_11(path: str) -> FieldRef:
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
        raise UnknownField(msg, field="PATH", value=path)
    entity, _, rest = path.partition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_12(path: str) -> FieldRef:
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
    entity, _, rest = None
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_13(path: str) -> FieldRef:
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
    entity, _, rest = path.partition(None)
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_14(path: str) -> FieldRef:
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
    entity, _, rest = path.rpartition(".")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_15(path: str) -> FieldRef:
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
    entity, _, rest = path.partition("XX.XX")
    return FieldRef(entity, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_16(path: str) -> FieldRef:
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
    return FieldRef(None, tuple(rest.split(".")) if rest else ())


def x_field__mutmut_17(path: str) -> FieldRef:
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
    return FieldRef(entity, None)


def x_field__mutmut_18(path: str) -> FieldRef:
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
    return FieldRef(tuple(rest.split(".")) if rest else ())


def x_field__mutmut_19(path: str) -> FieldRef:
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
    return FieldRef(entity, )


def x_field__mutmut_20(path: str) -> FieldRef:
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
    return FieldRef(entity, tuple(rest.split(".")) if (rest) and False else ())


def x_field__mutmut_21(path: str) -> FieldRef:
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
    return FieldRef(entity, tuple(rest.split(".")) if (rest) or True else ())


def x_field__mutmut_22(path: str) -> FieldRef:
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
    return FieldRef(entity, tuple(None) if rest else ())


def x_field__mutmut_23(path: str) -> FieldRef:
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
    return FieldRef(entity, tuple(rest.split(None)) if rest else ())


def x_field__mutmut_24(path: str) -> FieldRef:
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
    return FieldRef(entity, tuple(rest.split("XX.XX")) if rest else ())

mutants_x_field__mutmut['_mutmut_orig'] = x_field__mutmut_orig # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_1'] = x_field__mutmut_1 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_2'] = x_field__mutmut_2 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_3'] = x_field__mutmut_3 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_4'] = x_field__mutmut_4 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_5'] = x_field__mutmut_5 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_6'] = x_field__mutmut_6 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_7'] = x_field__mutmut_7 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_8'] = x_field__mutmut_8 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_9'] = x_field__mutmut_9 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_10'] = x_field__mutmut_10 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_11'] = x_field__mutmut_11 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_12'] = x_field__mutmut_12 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_13'] = x_field__mutmut_13 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_14'] = x_field__mutmut_14 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_15'] = x_field__mutmut_15 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_16'] = x_field__mutmut_16 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_17'] = x_field__mutmut_17 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_18'] = x_field__mutmut_18 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_19'] = x_field__mutmut_19 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_20'] = x_field__mutmut_20 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_21'] = x_field__mutmut_21 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_22'] = x_field__mutmut_22 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_23'] = x_field__mutmut_23 # type: ignore # mutmut generated
mutants_x_field__mutmut['x_field__mutmut_24'] = x_field__mutmut_24 # type: ignore # mutmut generated
mutants_x__window__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__window__mutmut)
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


def x__window__mutmut_orig(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, months=months, days=days, direction=direction
    )


def x__window__mutmut_1(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        None, years=years, months=months, days=days, direction=direction
    )


def x__window__mutmut_2(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=None, months=months, days=days, direction=direction
    )


def x__window__mutmut_3(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, months=None, days=days, direction=direction
    )


def x__window__mutmut_4(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, months=months, days=None, direction=direction
    )


def x__window__mutmut_5(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, months=months, days=days, direction=None
    )


def x__window__mutmut_6(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        years=years, months=months, days=days, direction=direction
    )


def x__window__mutmut_7(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), months=months, days=days, direction=direction
    )


def x__window__mutmut_8(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, days=days, direction=direction
    )


def x__window__mutmut_9(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, months=months, direction=direction
    )


def x__window__mutmut_10(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, months=months, days=days, )


def x__window__mutmut_11(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(None), years=years, months=months, days=days, direction=direction
    )

mutants_x__window__mutmut['_mutmut_orig'] = x__window__mutmut_orig # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_1'] = x__window__mutmut_1 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_2'] = x__window__mutmut_2 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_3'] = x__window__mutmut_3 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_4'] = x__window__mutmut_4 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_5'] = x__window__mutmut_5 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_6'] = x__window__mutmut_6 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_7'] = x__window__mutmut_7 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_8'] = x__window__mutmut_8 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_9'] = x__window__mutmut_9 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_10'] = x__window__mutmut_10 # type: ignore # mutmut generated
mutants_x__window__mutmut['x__window__mutmut_11'] = x__window__mutmut_11 # type: ignore # mutmut generated
mutants_x_within_last__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_within_last__mutmut)
def within_last(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, days)


def x_within_last__mutmut_orig(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, days)


def x_within_last__mutmut_1(
    target: FieldRef | Field, *, years: int = 1, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, days)


def x_within_last__mutmut_2(
    target: FieldRef | Field, *, years: int = 0, months: int = 1, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, days)


def x_within_last__mutmut_3(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 1
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, days)


def x_within_last__mutmut_4(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(None, "past", years, months, days)


def x_within_last__mutmut_5(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, None, years, months, days)


def x_within_last__mutmut_6(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", None, months, days)


def x_within_last__mutmut_7(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, None, days)


def x_within_last__mutmut_8(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, None)


def x_within_last__mutmut_9(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window("past", years, months, days)


def x_within_last__mutmut_10(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, years, months, days)


def x_within_last__mutmut_11(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", months, days)


def x_within_last__mutmut_12(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, days)


def x_within_last__mutmut_13(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, )


def x_within_last__mutmut_14(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "XXpastXX", years, months, days)


def x_within_last__mutmut_15(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    Seed 000: "in the last eight months" is ``within_last(F.work_order.opened_at, months=8)``.

    Examples:
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "PAST", years, months, days)

mutants_x_within_last__mutmut['_mutmut_orig'] = x_within_last__mutmut_orig # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_1'] = x_within_last__mutmut_1 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_2'] = x_within_last__mutmut_2 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_3'] = x_within_last__mutmut_3 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_4'] = x_within_last__mutmut_4 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_5'] = x_within_last__mutmut_5 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_6'] = x_within_last__mutmut_6 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_7'] = x_within_last__mutmut_7 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_8'] = x_within_last__mutmut_8 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_9'] = x_within_last__mutmut_9 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_10'] = x_within_last__mutmut_10 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_11'] = x_within_last__mutmut_11 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_12'] = x_within_last__mutmut_12 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_13'] = x_within_last__mutmut_13 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_14'] = x_within_last__mutmut_14 # type: ignore # mutmut generated
mutants_x_within_last__mutmut['x_within_last__mutmut_15'] = x_within_last__mutmut_15 # type: ignore # mutmut generated
mutants_x_within_next__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_within_next__mutmut)
def within_next(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, days)


def x_within_next__mutmut_orig(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, days)


def x_within_next__mutmut_1(
    target: FieldRef | Field, *, years: int = 1, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, days)


def x_within_next__mutmut_2(
    target: FieldRef | Field, *, years: int = 0, months: int = 1, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, days)


def x_within_next__mutmut_3(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 1
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, days)


def x_within_next__mutmut_4(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(None, "future", years, months, days)


def x_within_next__mutmut_5(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, None, years, months, days)


def x_within_next__mutmut_6(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", None, months, days)


def x_within_next__mutmut_7(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, None, days)


def x_within_next__mutmut_8(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, None)


def x_within_next__mutmut_9(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window("future", years, months, days)


def x_within_next__mutmut_10(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, years, months, days)


def x_within_next__mutmut_11(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", months, days)


def x_within_next__mutmut_12(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, days)


def x_within_next__mutmut_13(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, )


def x_within_next__mutmut_14(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "XXfutureXX", years, months, days)


def x_within_next__mutmut_15(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "FUTURE", years, months, days)

mutants_x_within_next__mutmut['_mutmut_orig'] = x_within_next__mutmut_orig # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_1'] = x_within_next__mutmut_1 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_2'] = x_within_next__mutmut_2 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_3'] = x_within_next__mutmut_3 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_4'] = x_within_next__mutmut_4 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_5'] = x_within_next__mutmut_5 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_6'] = x_within_next__mutmut_6 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_7'] = x_within_next__mutmut_7 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_8'] = x_within_next__mutmut_8 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_9'] = x_within_next__mutmut_9 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_10'] = x_within_next__mutmut_10 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_11'] = x_within_next__mutmut_11 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_12'] = x_within_next__mutmut_12 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_13'] = x_within_next__mutmut_13 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_14'] = x_within_next__mutmut_14 # type: ignore # mutmut generated
mutants_x_within_next__mutmut['x_within_next__mutmut_15'] = x_within_next__mutmut_15 # type: ignore # mutmut generated
