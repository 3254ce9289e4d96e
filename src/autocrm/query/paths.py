"""Field paths: the node that names a field of a domain type, e.g. ``vehicle.insurer``.

A [`Field`][autocrm.query.paths.Field] is a root entity and a path of attribute names
after it, checked against the query schema (`autocrm.query.fields.SCHEMA`) when it is
built. Filters hold one; the builder ``F`` (`autocrm.query.builder`) makes them from
attribute access.

Examples:
    >>> Field("vehicle", "insurer").name
    'vehicle.insurer'
"""

from __future__ import annotations

import builtins
import enum
from collections.abc import Iterable

import attrs

from autocrm.errors import shown
from autocrm.query.errors import TypeMismatch, UnknownField
from autocrm.query.fields import (
    SCHEMA,
    FieldSpec,
    Relation,
    ValueType,
    entity_name,
    resolve_path,
)

__all__ = ["Field"]


def _to_path(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(value.split("."))
    parts = tuple(value) if isinstance(value, Iterable) else (value,)
    if not all(isinstance(part, str) for part in parts):
        msg = f"path: a field path is a dotted name or a sequence of names, got {shown(value)}"
        raise UnknownField(msg, field="path", value=value)
    return parts


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


class _Reference:
    """A field path being written (the builder's ``FieldRef``): nodes accept it for a Field.

    The builder makes filter nodes and the nodes accept what the builder makes; this base
    lets the nodes recognise a ``FieldRef`` without importing the builder (no import cycle).
    """

    __slots__ = ()

    @property
    def field(self) -> Field:
        """The field node the path names."""
        raise NotImplementedError


def _shown(value: object) -> str:
    return f"{type(value).__name__} {shown(value)}"


def _field_of(value: object) -> Field:
    if isinstance(value, _Reference):
        return value.field
    if isinstance(value, Field):
        return value
    msg = f"expected a field such as F.work_order.opened_at, got {_shown(value)}"
    raise TypeMismatch(msg, field=None, value=value)
