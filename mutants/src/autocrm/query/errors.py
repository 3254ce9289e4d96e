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

__all__ = [
    "EncryptedField",
    "MissingAsOf",
    "MissingLookup",
    "QueryError",
    "TypeMismatch",
    "UnknownField",
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class QueryError(ValidationError):
    """A filter, grouping or measure was refused; ``field`` is the dotted field path.

    Catch this to handle every refused query alike; it is a
    :class:`autocrm.errors.ValidationError`.

    Examples:
        >>> from autocrm.query import F
        >>> for build in (lambda: F.customer.nickname, lambda: F.work_order.mileage_km > "1"):
        ...     try:
        ...         build()
        ...     except QueryError as exc:
        ...         print(type(exc).__name__, exc.field)
        UnknownField customer.nickname
        TypeMismatch work_order.mileage_km
        >>> issubclass(QueryError, ValidationError)
        True
    """


class UnknownField(QueryError):
    """The entity has no queryable field (or relation) of that name.

    Examples:
        >>> from autocrm.query import F
        >>> try:
        ...     F.work_order.milage_km  # misspelt mileage_km
        ... except UnknownField as exc:
        ...     exc.field
        'work_order.milage_km'
    """


class TypeMismatch(QueryError):
    """The operator or value does not fit the field's type (a date field compared to a str).

    Examples:
        >>> from autocrm.query import F
        >>> try:
        ...     F.work_order.opened_at > "2025-01-01"
        ... except TypeMismatch as exc:
        ...     print(exc.field)
        ...     print(exc)
        work_order.opened_at
        work_order.opened_at: expected an aware datetime, got str '2025-01-01'
    """


class MissingAsOf(QueryError):
    """A relative date window (``within_last``) was evaluated without an ``as_of``.

    Examples:
        >>> from datetime import date
        >>> from autocrm.query import F, evaluate, within_last
        >>> recent = within_last(F.work_order.opened_at, months=8)
        >>> try:
        ...     evaluate(recent, [])
        ... except MissingAsOf as exc:
        ...     exc.field
        'work_order.opened_at'
        >>> evaluate(recent, [], as_of=date(2025, 10, 9))
        []
    """


class MissingLookup(QueryError):
    """A path crosses to a related record but no lookup (a Snapshot) was given.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ, WorkOrder
        >>> from autocrm.query import F, matches
        >>> wo = WorkOrder("WO1", customer_number="C000001", vin="LFV2A21K3D3109826",
        ...                opened_at=datetime(2025, 1, 2, 9, tzinfo=CHINA_TZ),
        ...                service_types=["保养"])
        >>> try:
        ...     matches(F.work_order.vehicle.insurer == "PICC", wo)
        ... except MissingLookup as exc:
        ...     exc.field
        'work_order.vehicle.insurer'
    """


class EncryptedField(QueryError):
    """The archive stores the field encrypted, and the test needs its plain value.

    With encryption at rest (see the security guide) a SQL archive can still find a
    customer by an exact resident ID or phone number (``==``, ``!=``, ``in_``, through
    a keyed hash) and test any encrypted field with ``is_null``; an order, a range,
    a substring, a grouping or a measure on an encrypted field is refused.

    Examples:
        >>> exc = EncryptedField("customer.mobile: stored encrypted", field="customer.mobile")
        >>> exc.field, isinstance(exc, QueryError)
        ('customer.mobile', True)
    """
