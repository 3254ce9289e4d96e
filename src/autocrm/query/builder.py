"""The builder ``F``: write a field path with attribute access and compare it with operators.

``F.work_order.vehicle.insurer == "PICC"`` builds a
[`Compare`][autocrm.query.filters.Compare] node; ``field("vehicle.insurer")`` does the
same from a dotted name (a configuration file, a command line).

Examples:
    >>> type(F.vehicle.insurer == "PICC").__name__
    'Compare'
"""

from __future__ import annotations

from collections.abc import Iterable

from autocrm.domain.checks import expect_items
from autocrm.errors import shown
from autocrm.query.errors import TypeMismatch, UnknownField
from autocrm.query.fields import entity_schema, resolve_path
from autocrm.query.filters import Between, Compare, Contains, In, IsNull
from autocrm.query.paths import Field, _Reference

__all__ = ["F", "FieldRef", "field"]


class FieldRef(_Reference):
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
        """The [`Field`][autocrm.query.paths.Field] node this path names.

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
