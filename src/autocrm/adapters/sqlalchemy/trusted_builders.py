"""Trusted builders: domain objects built from stored rows without validating them again.

What the archive wrote was validated on the way in; reading it back, a trusted
builder turns the stored values into the field types and sets the fields directly
(see the performance guide on trusted reads). A value not as the archive writes it
sends the record through its validating constructor, which names the field.

Examples:
    >>> build = trusted_builder(WorkOrderLine)
    >>> build({"description": "工时", "amount": "88", "payer": "self", "kind": "labour"}).amount
    Decimal('88.00')
"""

from __future__ import annotations

import contextlib
import enum
import functools
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from autocrm.adapters.sqlalchemy.rows import Row
from autocrm.domain import (
    Appointment,
    AuditEntry,
    CallAttempt,
    Complaint,
    Customer,
    FleetAccount,
    FollowUp,
    OdometerReading,
    ReportedIssue,
    Vehicle,
    WorkOrder,
    WorkOrderLine,
)
from autocrm.domain.money import to_money
from autocrm.errors import UnsupportedType, shown

__all__ = ["trusted_builder"]

_T = TypeVar("_T")


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


#: How a field kept outside its record's main columns is read back: ``(part, position)``
#: calls ``part(value)`` on the decoded value of the column at ``position`` (a JSON
#: column), or ``part(children)`` on the record's child rows when ``position`` is None.
Part = tuple[Callable[[Any], Any], int | None]


def _compile_positional(
    kind: type[_T],
    columns: Mapping[str, int],
    decoders: Sequence[Callable[[Any], Any] | None],
    parts: Mapping[str, Part],
    stored: Mapping[str, Callable[[Any], Any] | None],
) -> Callable[[Sequence[Any], Mapping[str, Any]], _T]:
    """Generate ``read(row, children)`` for ``kind`` from the driver's rows, by position.

    ``row`` is the tuple the database driver fetched; ``columns`` gives each field
    kept in a column its position, ``decoders`` per position how the driver's value
    becomes the one SQLAlchemy would hand over (None: as it is), and ``parts`` how
    the other fields are read (see `Part`). ``stored`` overrides a field's restorer
    (None: the decoded value is already the field's, say a Decimal the column keeps
    to the fen). Decoding (decryption included) and the parts run before the trusted
    setters: their errors are the read's own, as on the validating path; a value a
    restorer refuses sends the record through the validating constructor, which
    names the field. Compiled once per class and engine.
    """
    hints = typing.get_type_hints(kind)
    fields = attrs.fields(kind)  # type: ignore[arg-type]
    extra = tuple(parts)
    namespace: dict[str, Any] = {
        "create": object.__new__,
        "kind": kind,
        "refused": (KeyError, TypeError, ValueError, ArithmeticError),
        "validated": functools.partial(
            _validated, kind, tuple(a.name for a in fields), extra, _STORED
        ),
    }
    prepare, assign, main, extras = [], [], [], []
    for index, field in enumerate(fields):
        namespace[f"set_{index}"] = getattr(kind, field.name).__set__
        local = f"v_{index}"
        if field.name in parts:
            part, position = parts[field.name]
            namespace[f"part_{index}"] = part
            if position is None:
                prepare.append(f"    {local} = part_{index}(children)")
            else:
                decode = decoders[position]
                raw = f"row[{position}]"
                if decode is not None:
                    namespace[f"decode_{index}"] = decode
                    raw = f"decode_{index}({raw})"
                prepare.append(f"    {local} = part_{index}({raw})")
            extras.append(f"{field.name!r}: {local}")
        else:
            position = columns[field.name]
            decode = decoders[position]
            if decode is None:
                prepare.append(f"    {local} = row[{position}]")
            else:
                namespace[f"decode_{index}"] = decode
                prepare.append(f"    {local} = decode_{index}(row[{position}])")
            main.append(f"{field.name!r}: {local}")
        restore = (
            stored[field.name] if field.name in stored else _restorer(field, hints[field.name])
        )
        value = local
        if restore is not None:
            namespace[f"restore_{index}"] = restore
            value = f"restore_{index}({local})"
        assign.append(f"        set_{index}(obj, {value})")
    text = "\n".join(
        [
            "def read(row, children):",
            *prepare,
            "    obj = create(kind)",
            "    try:",
            *assign,
            "    except refused:",
            f"        return validated({{{', '.join(main)}}}, {{{', '.join(extras)}}})",
            "    return obj",
        ]
    )
    code = compile(text, f"<autocrm positional reader {kind.__qualname__}>", "exec")
    exec(code, namespace)
    read: Callable[[Sequence[Any], Mapping[str, Any]], _T] = namespace["read"]
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
            return lambda value: frozenset([codes[code] for code in value])
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


def _line_amount(value: Any) -> Decimal:
    # Stored, so below the limit: read to the fen.
    if type(value) is Decimal and value.as_tuple().exponent == -2:
        return value
    return _money(value)


def _money(value: Any) -> Decimal:
    # SQLite keeps NUMERIC as a binary float: quantising to the fen restores the
    # exact amount, which never has more than 14 significant digits.
    return to_money(value if isinstance(value, (Decimal, int)) else Decimal(str(value)))


#: (class, field) -> how the value a database hands back becomes the field's value, where
#: the field's own restorer would not take it: SQLite keeps NUMERIC as a binary float.
_STORED: Mapping[tuple[type[Any], str], Callable[[Any], Any]] = {
    (WorkOrderLine, "amount"): _line_amount,
}
