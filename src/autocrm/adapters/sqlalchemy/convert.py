"""Explicit conversion between domain objects and table rows.

The frozen, slotted domain classes cannot be mapped by the SQLAlchemy ORM (and
STYLE.md says not to try): each type has a ``from_domain`` that returns the row of
its main table plus the rows of its child tables, and a ``to_domain`` that builds
the object back, running the domain validators again.

Reading back, ``to_domain(row, children, trusted=True)`` builds the object without
running its validators again (see
[`trusted_builder`][autocrm.adapters.sqlalchemy.convert.trusted_builder]): the archive
does so for rows it wrote itself, which were validated on the way in.

Conventions: enums are stored by their English value; money as ``Numeric(14, 2)``
and read back as a Decimal to the fen; aware datetimes as UTC (see
`UTCDateTime`); sub-records no query
looks into (contacts, opt-outs, addresses, handling steps, remedies) as JSON written by
the cattrs converter of [`autocrm.adapters.json`][autocrm.adapters.json].

Examples:
    >>> from autocrm.domain import Customer
    >>> spec = SPECS[Customer]
    >>> rows = spec.from_domain(Customer(number="C000001", name="王建国", tags={"vip"}))
    >>> rows.main["name"], rows.children["customer_tags"]
    ('王建国', [{'customer_number': 'C000001', 'tag': 'vip'}])
    >>> spec.to_domain(rows.main, rows.children).tags
    frozenset({'vip'})
"""

from __future__ import annotations

import contextlib
import enum
import functools
import operator
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Generic, TypeVar

import attrs
import sqlalchemy as sa

from autocrm.adapters.json import make_converter
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.encryption import HASHED_FIELDS, hash_column_name
from autocrm.domain import (
    Address,
    Appointment,
    AuditEntry,
    CallAttempt,
    Complaint,
    Contact,
    Customer,
    FleetAccount,
    FollowUp,
    HandlingRecord,
    OdometerReading,
    OptOut,
    Remedy,
    ReportedIssue,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.money import to_money
from autocrm.errors import UnsupportedType, shown

__all__ = [
    "SPECS",
    "EntitySpec",
    "Rows",
    "appointment_from_domain",
    "appointment_to_domain",
    "audit_from_domain",
    "audit_to_domain",
    "complaint_from_domain",
    "complaint_to_domain",
    "customer_from_domain",
    "customer_to_domain",
    "fleet_account_from_domain",
    "fleet_account_to_domain",
    "followup_from_domain",
    "followup_to_domain",
    "reading_from_domain",
    "reading_to_domain",
    "spec_for",
    "trusted_builder",
    "vehicle_from_domain",
    "vehicle_to_domain",
    "work_order_from_domain",
    "work_order_to_domain",
]

_T = TypeVar("_T")
_JSON = make_converter()

Row = Mapping[str, Any]
Children = Mapping[str, Sequence[Row]]


@attrs.frozen
class Rows:
    """The rows one domain object is stored as: its main row and its child rows.

    Attributes:
        main: Column name -> value for the entity table.
        children: Child table name -> the rows of that table.

    Examples:
        >>> rows = Rows({"number": "F1"}, {})
        >>> rows.main["number"], rows.children
        ('F1', {})
    """

    main: dict[str, Any]
    children: dict[str, list[dict[str, Any]]]


@attrs.frozen
class EntitySpec(Generic[_T]):
    """How one domain type is stored.

    Attributes:
        kind: The domain class.
        entity: The entity name written in the audit trail (``"customer"``...).
        table: The main table.
        key: The attribute (and column) that identifies a record, or None for
            odometer readings, which have no natural key (the row id serves).
        child_tables: Child tables with the column that refers to the key.
        from_domain: Object -> `Rows`.
        to_domain: Main row and child rows -> object.
        trusted_to_domain: The same, for rows the archive wrote itself: built without
            validating them again (``to_domain`` with ``trusted=True``).

    Examples:
        >>> spec = SPECS[WorkOrder]
        >>> spec.entity, spec.key, [table.name for table, _ in spec.child_tables]
        ('work_order', 'number', ['work_order_lines', 'work_order_service_types'])
    """

    kind: type[_T]
    entity: str
    table: sa.Table
    key: str | None
    child_tables: tuple[tuple[sa.Table, str], ...]
    from_domain: Callable[[_T], Rows]
    to_domain: Callable[[Row, Children], _T]
    trusted_to_domain: Callable[[Row, Children], _T] = attrs.field(
        default=attrs.Factory(
            lambda self: functools.partial(self.to_domain, trusted=True), takes_self=True
        )
    )


def _value(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _scalars(obj: object, table: sa.Table) -> dict[str, Any]:
    """The row of ``table`` from the attributes of ``obj`` named like its columns."""
    plan = _SHARED_NAMES.get((type(obj), table))
    if plan is None:
        plan = _shared_names(type(obj), table)
    names, read, coded = plan
    values = read(obj)
    row = dict(zip(names, values if len(names) > 1 else (values,), strict=True))
    for name in coded:  # only the fields that may hold an enumeration member
        row[name] = _value(row[name])
    return row


#: (domain class, table) -> the columns named like one of the class's fields, in table
#: order; a getter of those attributes; the fields among them that may hold a member.
_SHARED_NAMES: dict[
    tuple[type[Any], sa.Table], tuple[tuple[str, ...], Callable[[Any], Any], tuple[str, ...]]
] = {}


def _shared_names(
    kind: type[Any], table: sa.Table
) -> tuple[tuple[str, ...], Callable[[Any], Any], tuple[str, ...]]:
    """Compute (once per class and table) which columns hold one of the class's fields."""
    fields = {a.name for a in attrs.fields(kind)}
    names = tuple(c.name for c in table.columns if c.name in fields)
    try:
        hints = typing.get_type_hints(kind)
    except (NameError, TypeError):  # pragma: no cover - every stored class resolves
        hints = {}
    coded = tuple(name for name in names if _may_hold_member(hints.get(name, Any)))
    plan = (names, operator.attrgetter(*names), coded)
    return _SHARED_NAMES.setdefault((kind, table), plan)


_PLAIN = (str, int, bool, Decimal, date, datetime, type(None))


def _may_hold_member(hint: Any) -> bool:
    """False when a field's type says it holds plain values only (no enumeration member)."""
    args = typing.get_args(hint)
    if args and typing.get_origin(hint) in (typing.Union, types.UnionType):
        return any(_may_hold_member(arg) for arg in args)
    plain = isinstance(hint, type) and issubclass(hint, _PLAIN)
    return not plain or issubclass(hint, enum.Enum)


def _fields(row: Row, table: sa.Table, *, skip: Sequence[str] = ()) -> dict[str, Any]:
    names = _READ_NAMES.get((table, tuple(skip)))
    if names is None:
        names = _READ_NAMES.setdefault(
            (table, tuple(skip)),
            tuple(c.name for c in table.columns if c.name not in ("id", *skip)),
        )
    return {name: row[name] for name in names if name in row}


#: (table, columns skipped) -> the columns a record is read from, computed once.
_READ_NAMES: dict[tuple[sa.Table, tuple[str, ...]], tuple[str, ...]] = {}


def trusted_builder(kind: type[_T]) -> Callable[[Mapping[str, Any]], _T]:
    """Return a function that builds a ``kind`` from stored values without re-validating them.

    The values are those the converters and validators of ``kind`` produced when the
    record was written (an enumeration by its code, a set or tuple as a list): the
    builder turns them back into the field types (a code into its member, a list into
    a frozenset or tuple, a mapping into a read-only one, an amount to the fen) and
    sets the fields directly, skipping the checks. Identifiers are kept as stored:
    they were normalised on the way in. Only what the archive itself wrote may be
    built this way (see the performance guide on trusted reads); anything else goes
    through the class's own constructor.

    Values that do not name every field, or that cannot be turned back (a code no
    member has), are handed to the constructor instead, so a damaged row is still
    refused with the error naming its field.

    Built once per class.

    Raises:
        autocrm.errors.UnsupportedType: ``kind`` is not a class the archive stores.

    Examples:
        >>> build = trusted_builder(WorkOrderLine)
        >>> line = build({"description": "工时", "amount": "88", "payer": "self", "kind": "labour"})
        >>> line == WorkOrderLine("工时", "88"), line.payer
        (True, <Payer.SELF: 'self'>)
    """
    found = _BUILDERS.get(kind) if isinstance(kind, type) else None
    if found is None:
        if not isinstance(kind, type) or kind not in _BUILDABLE:
            msg = f"kind: the archive stores no {getattr(kind, '__name__', None) or shown(kind)}"
            raise UnsupportedType(msg, field="kind", value=kind)
        found = _BUILDERS.setdefault(kind, _make_builder(kind))
    return found


_BUILDERS: dict[type[Any], Callable[[Mapping[str, Any]], Any]] = {}
# The records, and the parts of them kept in rows of their own.
_BUILDABLE = frozenset(
    {
        Customer,
        Vehicle,
        OdometerReading,
        WorkOrder,
        WorkOrderLine,
        FollowUp,
        CallAttempt,
        ReportedIssue,
        Complaint,
        Appointment,
        FleetAccount,
        AuditEntry,
    }
)


def _make_builder(kind: type[_T]) -> Callable[[Mapping[str, Any]], _T]:
    names = frozenset(a.name for a in attrs.fields(kind))  # type: ignore[arg-type]
    read = _compile_reader(kind, {}, ())

    def build(values: Mapping[str, Any]) -> _T:
        if values.keys() != names:
            return kind(**values)
        return read(values, values)

    return build


#: (class, extra fields) -> its compiled reader (see `_reader`).
_READERS: dict[tuple[type[Any], tuple[str, ...]], Callable[[Row, Row], Any]] = {}


def _reader(kind: type[_T], *extra: str) -> Callable[[Row, Row], _T]:
    """The compiled trusted reader of ``kind``: ``read(row, parts)`` builds the object.

    Each field is taken from ``row`` (a stored row: other columns are ignored), or
    from ``parts`` for the fields named in ``extra`` (those kept in child rows or
    JSON), in the form the archive stores it, and restored as by `trusted_builder`.
    A value missing or not as the archive writes it sends the whole record through
    the validating constructor, which names the field. Compiled once per class.
    """
    found = _READERS.get((kind, extra))
    if found is None:
        found = _READERS.setdefault((kind, extra), _compile_reader(kind, _STORED, extra))
    return found


def _compile_reader(
    kind: type[_T],
    stored: Mapping[tuple[type[Any], str], Callable[[Any], Any]],
    extra: Sequence[str],
) -> Callable[[Row, Row], _T]:
    """Generate ``read(row, parts)`` for ``kind`` (as attrs generates ``__init__``).

    One statement per field, through the slot's own descriptor: no loop, no
    per-field test, no intermediate dictionary. ``stored`` gives, per (class, field),
    how a value as the database hands it back becomes the field's value where that
    differs from the field's own restorer (an amount SQLite kept as a float).
    """
    hints = typing.get_type_hints(kind)
    fields = attrs.fields(kind)  # type: ignore[arg-type]
    namespace: dict[str, Any] = {
        "create": object.__new__,
        "kind": kind,
        "refused": (KeyError, TypeError, ValueError, ArithmeticError),
        "validated": functools.partial(
            _validated, kind, tuple(a.name for a in fields), extra, stored
        ),
    }
    body = []
    for index, field in enumerate(fields):
        slot = getattr(kind, field.name, None)
        if isinstance(slot, types.MemberDescriptorType):
            namespace[f"set_{index}"] = slot.__set__
        else:  # pragma: no cover - every stored class is slotted
            namespace[f"set_{index}"] = _setter(field.name)
        source = "parts" if field.name in extra else "row"
        value = f"{source}[{field.name!r}]"
        restore = stored.get((kind, field.name)) or _restorer(field, hints[field.name])
        if restore is not None:
            namespace[f"restore_{index}"] = restore
            value = f"restore_{index}({value})"
        body.append(f"        set_{index}(obj, {value})")
    text = "\n".join(
        [
            "def read(row, parts):",
            "    obj = create(kind)",
            "    try:",
            *body,
            "    except refused:",
            "        return validated(row, parts)  # the constructor says what is wrong",
            "    return obj",
        ]
    )
    exec(compile(text, f"<autocrm trusted reader {kind.__qualname__}>", "exec"), namespace)
    read: Callable[[Row, Row], _T] = namespace["read"]
    return read


def _validated(
    kind: type[_T],
    names: Sequence[str],
    extra: Sequence[str],
    stored: Mapping[tuple[type[Any], str], Callable[[Any], Any]],
    row: Row,
    parts: Row,
) -> _T:
    """Build through the constructor what a trusted reader could not take as it is."""
    values = {name: row[name] for name in names if name not in extra and name in row}
    values.update((name, parts[name]) for name in extra if name in parts)
    for name in values.keys() & {field for owner, field in stored if owner is kind}:
        # As the validating read hands it over (an amount as a Decimal); a value that
        # cannot be is left for the constructor to refuse, naming the field.
        with contextlib.suppress(TypeError, ValueError, ArithmeticError):
            values[name] = stored[kind, name](values[name])
    return kind(**values)


def _setter(name: str) -> Callable[[object, Any], None]:
    def assign(obj: object, value: Any) -> None:
        object.__setattr__(obj, name, value)

    return assign


def _restorer(field: attrs.Attribute[Any], hint: Any) -> Callable[[Any], Any] | None:
    """How a stored value becomes the field's value again (None: as it is)."""
    if field.converter is None:
        return None
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    optional = type(None) in typing.get_args(hint)
    target = args[0] if optional and len(args) == 1 else hint
    origin = typing.get_origin(target)
    if isinstance(target, type) and issubclass(target, enum.Enum):
        members = {member.value: member for member in target}
        if optional:
            return lambda value: None if value is None else members[value]
        return members.__getitem__
    if origin is frozenset:
        (item,) = typing.get_args(target)
        if isinstance(item, type) and issubclass(item, enum.Enum):
            codes = {member.value: member for member in item}
            return lambda value: frozenset(codes[code] for code in value)
        return frozenset
    if origin is tuple:
        return tuple
    if origin is Mapping:
        return lambda value: MappingProxyType(dict(value))
    if target is str:
        return None  # an identifier, normalised when it was written
    converter: Callable[[Any], Any] = field.converter  # type: ignore[assignment]
    if target is Decimal:
        # Read as a Decimal to the fen (see _money), it is what the converter returns.
        return lambda value: (
            value
            if type(value) is Decimal and value.as_tuple().exponent == -2
            else converter(value)
        )
    return converter


def _build(kind: type[_T], values: dict[str, Any], *, trusted: bool) -> _T:
    """Build ``kind`` from stored values: trusted, or through its validating constructor."""
    return trusted_builder(kind)(values) if trusted else kind(**values)


def _dump(value: object) -> Any:
    return _JSON.unstructure(value)


def _load(value: Any, kind: Any) -> Any:
    return _JSON.structure(value, kind)


# -- customers ---------------------------------------------------------------------


def customer_from_domain(customer: Customer) -> Rows:
    """Return the rows of a customer (tags in ``customer_tags``).

    Examples:
        >>> rows = customer_from_domain(Customer(number="C000001", name="王建国", tags={"vip"}))
        >>> rows.main["name"], rows.children["customer_tags"]
        ('王建国', [{'customer_number': 'C000001', 'tag': 'vip'}])
    """
    main = _scalars(customer, t.customers)
    for name in ("address", "home_address", "work_address"):
        value = getattr(customer, name)
        main[name] = None if value is None else _dump(value)
    main["contacts"] = _dump(list(customer.contacts))
    main["opt_outs"] = _dump(list(customer.opt_outs))
    main["categories"] = dict(customer.categories)
    for name in HASHED_FIELDS:  # the plain value: the column type hashes it (or stores NULL)
        main[hash_column_name(name)] = getattr(customer, name)
    tags = [{"customer_number": customer.number, "tag": tag} for tag in sorted(customer.tags)]
    return Rows(main, {"customer_tags": tags})


def customer_to_domain(row: Row, children: Children, *, trusted: bool = False) -> Customer:
    """Build a customer back from its rows.

    Examples:
        >>> customer = Customer(number="C000001", name="王建国", tags={"vip"})
        >>> rows = customer_from_domain(customer)
        >>> customer_to_domain(rows.main, rows.children) == customer
        True
    """
    if trusted:
        parts = {
            name: None if row[name] is None else _load(row[name], Address)
            for name in ("address", "home_address", "work_address")
        }
        parts["contacts"] = _load(row["contacts"], tuple[Contact, ...])
        parts["opt_outs"] = _load(row["opt_outs"], tuple[OptOut, ...])
        parts["tags"] = [r["tag"] for r in children.get("customer_tags", ())]
        return _reader(Customer, *parts)(row, parts)
    values = _fields(
        row,
        t.customers,
        skip=(
            "address",
            "home_address",
            "work_address",
            "contacts",
            "opt_outs",
            *(hash_column_name(name) for name in HASHED_FIELDS),
        ),
    )
    for name in ("address", "home_address", "work_address"):
        values[name] = None if row[name] is None else _load(row[name], Address)
    values["contacts"] = _load(row["contacts"], tuple[Contact, ...])
    values["opt_outs"] = _load(row["opt_outs"], tuple[OptOut, ...])
    values["categories"] = dict(row["categories"])
    values["tags"] = frozenset(r["tag"] for r in children.get("customer_tags", ()))
    return _build(Customer, values, trusted=trusted)


# -- vehicles and readings ---------------------------------------------------------


def vehicle_from_domain(vehicle: Vehicle) -> Rows:
    """Return the rows of a vehicle (tags in ``vehicle_tags``).

    Examples:
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001", plate="京A12345")
        >>> rows = vehicle_from_domain(car)
        >>> rows.main["plate"], rows.children
        ('京A12345', {'vehicle_tags': []})
    """
    tags = [{"vin": vehicle.vin, "tag": tag} for tag in sorted(vehicle.tags)]
    return Rows(_scalars(vehicle, t.vehicles), {"vehicle_tags": tags})


def vehicle_to_domain(row: Row, children: Children, *, trusted: bool = False) -> Vehicle:
    """Build a vehicle back from its rows.

    Examples:
        >>> car = Vehicle(vin="LFV2A21K3D3109826", customer_number="C000001", plate="京A12345")
        >>> rows = vehicle_from_domain(car)
        >>> vehicle_to_domain(rows.main, rows.children) == car
        True
    """
    if trusted:
        parts = {"tags": [r["tag"] for r in children.get("vehicle_tags", ())]}
        return _reader(Vehicle, "tags")(row, parts)
    values = _fields(row, t.vehicles)
    values["tags"] = frozenset(r["tag"] for r in children.get("vehicle_tags", ()))
    return _build(Vehicle, values, trusted=trusted)


def reading_from_domain(reading: OdometerReading) -> Rows:
    """Return the row of an odometer reading.

    Examples:
        >>> from datetime import date
        >>> reading_from_domain(OdometerReading("LFV2A21K3D3109826", date(2025, 6, 1), 12480)).main
        {'vin': 'LFV2A21K3D3109826', 'on': datetime.date(2025, 6, 1), 'km': 12480, 'source': None}
    """
    return Rows(_scalars(reading, t.odometer_readings), {})


def reading_to_domain(row: Row, children: Children, *, trusted: bool = False) -> OdometerReading:
    """Build an odometer reading back from its row.

    Examples:
        >>> from datetime import date
        >>> row = {"vin": "LFV2A21K3D3109826", "on": date(2025, 6, 1), "km": 12480, "source": None}
        >>> reading_to_domain(row, {}).km
        12480
    """
    if trusted:
        return _reader(OdometerReading)(row, row)
    values = {"vin": row["vin"], "on": row["on"], "km": row["km"], "source": row["source"]}
    return _build(OdometerReading, values, trusted=trusted)


# -- work orders -------------------------------------------------------------------


def work_order_from_domain(order: WorkOrder) -> Rows:
    """Return the rows of a work order: lines and service types in child tables.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> order = WorkOrder(number="WO20251009", customer_number="C000001",
        ...                   vin="LFV2A21K3D3109826", service_types=["maintenance"],
        ...                   opened_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...                   lines=[WorkOrderLine("工时", "88")])
        >>> rows = work_order_from_domain(order)
        >>> [(r["description"], r["amount"]) for r in rows.children["work_order_lines"]]
        [('工时', Decimal('88.00'))]
    """
    lines = [
        {
            "work_order_number": order.number,
            "position": position,
            "description": line.description,
            "amount": line.amount,
            "payer": line.payer.value,
            "kind": line.kind.value,
        }
        for position, line in enumerate(order.lines)
    ]
    types = [
        {"work_order_number": order.number, "service_type": st}
        for st in sorted(s.value for s in order.service_types)
    ]
    return Rows(
        _scalars(order, t.work_orders),
        {"work_order_lines": lines, "work_order_service_types": types},
    )


def work_order_to_domain(row: Row, children: Children, *, trusted: bool = False) -> WorkOrder:
    """Build a work order back from its rows.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> order = WorkOrder(number="WO20251009", customer_number="C000001",
        ...                   vin="LFV2A21K3D3109826", service_types=["maintenance"],
        ...                   opened_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...                   lines=[WorkOrderLine("工时", "88")])
        >>> rows = work_order_from_domain(order)
        >>> work_order_to_domain(rows.main, rows.children) == order
        True
    """
    lines = _in_order(children.get("work_order_lines", ()))
    if trusted:
        line = _reader(WorkOrderLine)
        parts = {
            "lines": tuple([line(r, r) for r in lines]),
            "service_types": [
                r["service_type"] for r in children.get("work_order_service_types", ())
            ],
        }
        return _reader(WorkOrder, "lines", "service_types")(row, parts)
    values = _fields(row, t.work_orders)
    values["lines"] = tuple(
        _build(
            WorkOrderLine,
            {
                "description": r["description"],
                "amount": _money(r["amount"]),
                "payer": r["payer"],
                "kind": r["kind"],
            },
            trusted=trusted,
        )
        for r in lines
    )
    values["service_types"] = [
        r["service_type"] for r in children.get("work_order_service_types", ())
    ]
    return _build(WorkOrder, values, trusted=trusted)


def _line_amount(value: Any) -> Decimal:
    # Stored, so below the limit: read to the fen.
    if type(value) is Decimal and value.as_tuple().exponent == -2:
        return value
    return _money(value)


def _money(value: Any) -> Decimal:
    # SQLite keeps NUMERIC as a binary float: quantising to the fen restores the
    # exact amount, which never has more than 14 significant digits.
    return to_money(value if isinstance(value, (Decimal, int)) else Decimal(str(value)))


# -- follow-ups --------------------------------------------------------------------


def followup_from_domain(followup: FollowUp) -> Rows:
    """Return the rows of a follow-up: each call attempt a row of ``call_attempts``.

    Examples:
        >>> from datetime import date
        >>> followup = FollowUp(number="FU20251012", kind="3dc", customer_number="C000001",
        ...                     earliest=date(2025, 10, 12), due=date(2025, 10, 12),
        ...                     latest=date(2025, 10, 14))
        >>> rows = followup_from_domain(followup)
        >>> rows.main["kind"], rows.children
        ('3dc', {'call_attempts': [], 'call_attempt_issues': []})
    """
    attempts = [
        {
            "followup_number": followup.number,
            "position": position,
            "at": a.at,
            "outcome": a.outcome.value,
            "by": a.by,
            "rating": a.rating,
            "opinion": a.opinion,
            "handling": a.handling,
            "result": a.result,
        }
        for position, a in enumerate(followup.attempts)
    ]
    # The problems raised are rows of their own so the database can count them.
    issues = [
        {
            "followup_number": followup.number,
            "attempt_position": attempt_position,
            "position": position,
            "category": issue.category.value,
            "job_position": issue.position.value,
            "description": issue.description,
        }
        for attempt_position, a in enumerate(followup.attempts)
        for position, issue in enumerate(a.issues)
    ]
    return Rows(
        _scalars(followup, t.followups),
        {"call_attempts": attempts, "call_attempt_issues": issues},
    )


def followup_to_domain(row: Row, children: Children, *, trusted: bool = False) -> FollowUp:
    """Build a follow-up back from its rows.

    Examples:
        >>> from datetime import date
        >>> followup = FollowUp(number="FU20251012", kind="3dc", customer_number="C000001",
        ...                     earliest=date(2025, 10, 12), due=date(2025, 10, 12),
        ...                     latest=date(2025, 10, 14))
        >>> rows = followup_from_domain(followup)
        >>> followup_to_domain(rows.main, rows.children) == followup
        True
    """
    values = {} if trusted else _fields(row, t.followups)
    attempts = sorted(children.get("call_attempts", ()), key=lambda r: r["position"])
    issues: dict[int, list[Row]] = {}
    for r in sorted(children.get("call_attempt_issues", ()), key=lambda r: r["position"]):
        issues.setdefault(r["attempt_position"], []).append(r)
    values["attempts"] = tuple(
        _build(
            CallAttempt,
            {
                "at": r["at"],
                "outcome": r["outcome"],
                "by": r["by"],
                "rating": r["rating"],
                "opinion": r["opinion"],
                "issues": tuple(
                    _build(
                        ReportedIssue,
                        {
                            "category": i["category"],
                            "position": i["job_position"],
                            "description": i["description"],
                        },
                        trusted=trusted,
                    )
                    for i in issues.get(r["position"], ())
                ),
                "handling": r["handling"],
                "result": r["result"],
            },
            trusted=trusted,
        )
        for r in attempts
    )
    if trusted:
        return _reader(FollowUp, "attempts")(row, values)
    return _build(FollowUp, values, trusted=trusted)


# -- complaints, appointments, fleet accounts ---------------------------------------


def complaint_from_domain(complaint: Complaint) -> Rows:
    """Return the rows of a complaint.

    Departments go to a child table; handling records and remedies are stored as JSON.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> complaint = Complaint(number="TS2025001", customer_number="C000001", level="II",
        ...                       received_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...                       departments=["售后"])
        >>> rows = complaint_from_domain(complaint)
        >>> rows.main["handling"], rows.children["complaint_departments"][0]["department"]
        ([], '售后')
    """
    main = _scalars(complaint, t.complaints)
    main["handling"] = _dump(list(complaint.handling))
    main["remedies"] = _dump(list(complaint.remedies))
    departments = [
        {"complaint_number": complaint.number, "position": position, "department": name}
        for position, name in enumerate(complaint.departments)
    ]
    return Rows(main, {"complaint_departments": departments})


def complaint_to_domain(row: Row, children: Children, *, trusted: bool = False) -> Complaint:
    """Build a complaint back from its rows.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> complaint = Complaint(number="TS2025001", customer_number="C000001", level="II",
        ...                       received_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...                       departments=["售后"])
        >>> rows = complaint_from_domain(complaint)
        >>> complaint_to_domain(rows.main, rows.children) == complaint
        True
    """
    values = {} if trusted else _fields(row, t.complaints)
    departments = sorted(children.get("complaint_departments", ()), key=_POSITION)
    values["departments"] = tuple(r["department"] for r in departments)
    values["handling"] = _load(row["handling"], tuple[HandlingRecord, ...])
    values["remedies"] = _load(row["remedies"], tuple[Remedy, ...])
    if trusted:
        return _reader(Complaint, "departments", "handling", "remedies")(row, values)
    return _build(Complaint, values, trusted=trusted)


def appointment_from_domain(appointment: Appointment) -> Rows:
    """Return the rows of an appointment (service types in a child table).

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> appointment = Appointment(
        ...     number="YY20251010", customer_number="C000001", kind="proactive",
        ...     booked_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...     slot=datetime(2025, 10, 11, 9, 0, tzinfo=CHINA_TZ), service_types=["maintenance"])
        >>> appointment_from_domain(appointment).children["appointment_service_types"]
        [{'appointment_number': 'YY20251010', 'service_type': 'maintenance'}]
    """
    types = [
        {"appointment_number": appointment.number, "service_type": st}
        for st in sorted(s.value for s in appointment.service_types)
    ]
    return Rows(_scalars(appointment, t.appointments), {"appointment_service_types": types})


def appointment_to_domain(row: Row, children: Children, *, trusted: bool = False) -> Appointment:
    """Build an appointment back from its rows.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain import CHINA_TZ
        >>> appointment = Appointment(
        ...     number="YY20251010", customer_number="C000001", kind="proactive",
        ...     booked_at=datetime(2025, 10, 9, 10, 0, tzinfo=CHINA_TZ),
        ...     slot=datetime(2025, 10, 11, 9, 0, tzinfo=CHINA_TZ), service_types=["maintenance"])
        >>> rows = appointment_from_domain(appointment)
        >>> appointment_to_domain(rows.main, rows.children) == appointment
        True
    """
    values = {} if trusted else _fields(row, t.appointments)
    values["service_types"] = [
        r["service_type"] for r in children.get("appointment_service_types", ())
    ]
    if trusted:
        return _reader(Appointment, "service_types")(row, values)
    return _build(Appointment, values, trusted=trusted)


def fleet_account_from_domain(account: FleetAccount) -> Rows:
    """Return the row of a fleet account.

    Examples:
        >>> account = FleetAccount("F1", customer_number="C000001", name="某某银行", vehicles=120)
        >>> rows = fleet_account_from_domain(account)
        >>> rows.main["vehicles"], rows.children
        (120, {})
    """
    return Rows(_scalars(account, t.fleet_accounts), {})


def fleet_account_to_domain(row: Row, children: Children, *, trusted: bool = False) -> FleetAccount:
    """Build a fleet account back from its row.

    Examples:
        >>> account = FleetAccount("F1", customer_number="C000001", name="某某银行", vehicles=120)
        >>> fleet_account_to_domain(fleet_account_from_domain(account).main, {}) == account
        True
    """
    if trusted:
        return _reader(FleetAccount)(row, row)
    return _build(FleetAccount, _fields(row, t.fleet_accounts), trusted=False)


# -- audit -------------------------------------------------------------------------


def audit_from_domain(entry: AuditEntry) -> dict[str, Any]:
    """Return the row of an audit entry.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain.time import CHINA_TZ
        >>> audit_from_domain(AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="a",
        ...                   entity="customer", entity_id="C1", action="create"))["action"]
        'create'
    """
    return _scalars(entry, t.audit_entries)


def audit_to_domain(row: Row, *, trusted: bool = False) -> AuditEntry:
    """Build an audit entry back from its row.

    Examples:
        >>> from datetime import datetime
        >>> from autocrm.domain.time import CHINA_TZ
        >>> entry = AuditEntry(at=datetime(2025, 1, 2, tzinfo=CHINA_TZ), actor="客服-李娜",
        ...                    entity="customer", entity_id="C000001", action="create")
        >>> audit_to_domain(audit_from_domain(entry)) == entry
        True
    """
    if trusted:
        return _reader(AuditEntry)(row, row)
    return _build(AuditEntry, _fields(row, t.audit_entries), trusted=False)


#: Child rows in the order they were written.
_POSITION = operator.itemgetter("position")


def _in_order(rows: Sequence[Row]) -> Sequence[Row]:
    """Child rows by their position (a lone row, the common case, as it is)."""
    return rows if len(rows) < 2 else sorted(rows, key=_POSITION)


#: (class, field) -> how the value a database hands back becomes the field's value, where
#: the field's own restorer would not take it: SQLite keeps NUMERIC as a binary float.
_STORED: Mapping[tuple[type[Any], str], Callable[[Any], Any]] = {
    (WorkOrderLine, "amount"): _line_amount,
}


SPECS: Mapping[type[Any], EntitySpec[Any]] = {
    Customer: EntitySpec(
        Customer,
        "customer",
        t.customers,
        "number",
        ((t.customer_tags, "customer_number"),),
        customer_from_domain,
        customer_to_domain,
    ),
    Vehicle: EntitySpec(
        Vehicle,
        "vehicle",
        t.vehicles,
        "vin",
        ((t.vehicle_tags, "vin"),),
        vehicle_from_domain,
        vehicle_to_domain,
    ),
    OdometerReading: EntitySpec(
        OdometerReading,
        "reading",
        t.odometer_readings,
        None,
        (),
        reading_from_domain,
        reading_to_domain,
    ),
    WorkOrder: EntitySpec(
        WorkOrder,
        "work_order",
        t.work_orders,
        "number",
        (
            (t.work_order_lines, "work_order_number"),
            (t.work_order_service_types, "work_order_number"),
        ),
        work_order_from_domain,
        work_order_to_domain,
    ),
    FollowUp: EntitySpec(
        FollowUp,
        "followup",
        t.followups,
        "number",
        ((t.call_attempts, "followup_number"), (t.call_attempt_issues, "followup_number")),
        followup_from_domain,
        followup_to_domain,
    ),
    Complaint: EntitySpec(
        Complaint,
        "complaint",
        t.complaints,
        "number",
        ((t.complaint_departments, "complaint_number"),),
        complaint_from_domain,
        complaint_to_domain,
    ),
    Appointment: EntitySpec(
        Appointment,
        "appointment",
        t.appointments,
        "number",
        ((t.appointment_service_types, "appointment_number"),),
        appointment_from_domain,
        appointment_to_domain,
    ),
    FleetAccount: EntitySpec(
        FleetAccount,
        "fleet_account",
        t.fleet_accounts,
        "number",
        (),
        fleet_account_from_domain,
        fleet_account_to_domain,
    ),
}


def spec_for(kind: type[_T]) -> EntitySpec[_T]:
    """Return how ``kind`` is stored.

    Raises:
        TypeError: ``kind`` is not a type the archive keeps.

    Examples:
        >>> spec_for(Vehicle).table.name
        'vehicles'
    """
    try:
        return SPECS[kind]
    except KeyError:
        msg = f"the archive keeps no {getattr(kind, '__name__', kind)!r} records"
        raise TypeError(msg) from None
