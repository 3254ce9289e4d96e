"""Errors of the query model: all are :class:`autocrm.errors.ValidationError` subclasses.

A filter is checked when it is built, so a misspelt field path or a value of the
wrong type fails at the line that wrote it, naming the path, never later inside an
engine.

Examples:
    >>> from autocrm.query import F
    >>> try:
    ...     F.vehicle.insurance_company
    ... except UnknownField as exc:
    ...     exc.field
    'vehicle.insurance_company'
"""

from __future__ import annotations

from autocrm.errors import ValidationError

__all__ = ["MissingAsOf", "MissingLookup", "QueryError", "TypeMismatch", "UnknownField"]


class QueryError(ValidationError):
    """A filter, grouping or measure was refused; ``field`` is the dotted field path."""


class UnknownField(QueryError):
    """The entity has no queryable field (or relation) of that name."""


class TypeMismatch(QueryError):
    """The operator or value does not fit the field's type (a date field compared to a str)."""


class MissingAsOf(QueryError):
    """A relative date window (``within_last``) was evaluated without an ``as_of``."""


class MissingLookup(QueryError):
    """A path crosses to a related record but no lookup (Snapshot or archive) was given."""
