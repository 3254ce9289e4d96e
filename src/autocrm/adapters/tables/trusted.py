"""Records built without their constructors, from values checked whole.

A work order or line whose every value passed its column check
(`autocrm.adapters.tables.fit_rows`) is built by setting its fields directly and
running the class's cross-field rules (its ``__attrs_post_init__``), exactly as the
constructor would end. The builders are generated once per class.

Examples:
    >>> from decimal import Decimal
    >>> from autocrm.domain import WorkOrderLine
    >>> line = build_trusted(WorkOrderLine, {"description": "工时", "amount": Decimal("88.00")})
    >>> line == WorkOrderLine("工时", "88")
    True
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from autocrm.domain import WorkOrder, WorkOrderLine
from autocrm.errors import UnsupportedType

__all__: list[str] = []

_T = TypeVar("_T")


def _assembler(kind: type[Any]) -> Callable[[Mapping[str, Any]], Any]:
    """A function that sets the fields of a new ``kind`` from values, then its rules.

    Written out field by field once per class (one line a field, no loop): a field
    left out takes the value the constructor makes of its default; one without a
    default makes the function return None (the constructor must name it).
    """
    scope: dict[str, Any] = {"new": object.__new__, "kind": kind, "missing": object()}
    lines = ["def assemble(values):", "    get = values.get", "    record = new(kind)"]
    for index, field in enumerate(attrs.fields(kind)):
        scope[f"set_{index}"] = kind.__dict__[field.name].__set__
        lines.append(f"    value = get({field.name!r}, missing)")
        default = field.default
        if default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            lines.append("    if value is missing:\n        return None")
        else:
            # What the constructor makes of the default (a converter may change it).
            converter = field.converter
            scope[f"default_{index}"] = default if converter is None else converter(default)
            lines.append(f"    if value is missing:\n        value = default_{index}")
        lines.append(f"    set_{index}(record, value)")
    post = getattr(kind, "__attrs_post_init__", None)
    if post is not None:
        scope["post"] = post
        lines.append("    post(record)")
    lines.append("    return record")
    exec("\n".join(lines), scope)  # the code built above from the class's field names
    assemble: Callable[[Mapping[str, Any]], Any] = scope["assemble"]
    return assemble


_ASSEMBLERS: dict[type[Any], Callable[[Mapping[str, Any]], Any]] = {}


def row_builder(
    kind: type[_T], fields: Sequence[str], *, skip: Sequence[str] = ()
) -> Callable[[Sequence[Any]], _T]:
    """``build_trusted`` for rows of values in the order of ``fields``, written out once.

    A None value (a blank cell) takes the field's default, as a field left out does;
    the fields in ``skip`` are not the record's. For rows whose every value passed the
    column checks (``unfit_rows``), with every field without a default given; the
    class's cross-field rules run.

    Examples:
        >>> from decimal import Decimal
        >>> build = row_builder(WorkOrderLine, ["work_order_number", "description", "amount",
        ...                                     "payer"], skip=["work_order_number"])
        >>> build(("WO1", "工时", Decimal("88.00"), None)).payer
        <Payer.SELF: 'self'>
    """
    given = {name: index for index, name in enumerate(fields) if name not in skip}
    scope: dict[str, Any] = {"new": object.__new__, "kind": kind}
    lines = ["def build(row):", "    record = new(kind)"]
    for number, field in enumerate(attrs.fields(kind)):  # type: ignore[arg-type]
        scope[f"set_{number}"] = kind.__dict__[field.name].__set__
        default = field.default
        has_default = default is not attrs.NOTHING and not isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        if has_default:
            converter = field.converter
            scope[f"default_{number}"] = default if converter is None else converter(default)
        if field.name in given:
            lines.append(f"    value = row[{given[field.name]}]")
            if has_default:
                lines.append(f"    if value is None:\n        value = default_{number}")
            lines.append(f"    set_{number}(record, value)")
        elif has_default:
            lines.append(f"    set_{number}(record, default_{number})")
        else:
            msg = f"{field.name}: a field without default must be given"
            raise UnsupportedType(msg, field="fields", value=list(fields))
    if getattr(kind, "__attrs_post_init__", None) is not None:
        scope["post"] = kind.__attrs_post_init__  # type: ignore[attr-defined]
        lines.append("    post(record)")
    lines.append("    return record")
    exec("\n".join(lines), scope)  # the code built above from the class's field names
    build: Callable[[Sequence[Any]], _T] = scope["build"]
    return build


#: What the constructor's converters make of the collections the builders hand over.
_FINAL: Mapping[type[Any], Mapping[str, Callable[[Any], Any]]] = {
    WorkOrder: {"service_types": frozenset, "lines": tuple},
    WorkOrderLine: {},
}


def build_trusted(kind: type[_T], values: Mapping[str, Any]) -> _T | None:
    """A ``kind`` from values its column checks passed, without checking each again.

    The fields are set directly (a missing one takes its default; a list of service
    types or lines becomes the frozenset or tuple the constructor would make) and the
    class's cross-field rules run, raising as the constructor would. None when a
    field without default is left out (the constructor must say what is missing).

    Examples:
        >>> from decimal import Decimal
        >>> from autocrm.domain import LineKind
        >>> build_trusted(WorkOrderLine, {"description": "机油", "amount": Decimal("120.00"),
        ...                               "kind": LineKind.PART}).kind
        <LineKind.PART: 'part'>
    """
    final = _FINAL.get(kind, {})
    if final:
        values = {
            name: final[name](value) if name in final else value for name, value in values.items()
        }
    record: _T | None = final_builder(kind)(values)
    return record


def final_builder(kind: type[_T]) -> Callable[[Mapping[str, Any]], _T | None]:
    """``build_trusted`` for values already in the fields' final types (a frozenset of
    service types, a tuple of lines): nothing is converted. Built once per class.

    Examples:
        >>> from decimal import Decimal
        >>> final_builder(WorkOrderLine)({"description": "工时", "amount": Decimal("88.00")}).kind
        <LineKind.LABOUR: 'labour'>
    """
    assemble = _ASSEMBLERS.get(kind)
    if assemble is None:
        assemble = _ASSEMBLERS.setdefault(kind, _assembler(kind))
    return assemble
