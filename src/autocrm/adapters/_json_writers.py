"""Generated JSON writers: a record straight to the text the codec would write for it.

A backup line is ``json.dumps`` (keys sorted, real characters) of the record as the
converter of [`autocrm.adapters.json_codec`][autocrm.adapters.json_codec] unstructures it.
Going through that converter and the general encoder costs more than half of a backup's
time, so each record class gets, once, a writer generated from its attrs fields and the
converter's own hooks: one expression per field, in the order of the sorted keys, joined
into the same text. A field type the generator has no expression for (a nested mapping,
say) is written through its own converter hook and the encoder, so a new field or type is
written the same as before, only not faster. The property test
``tests/property/test_json_writers.py`` holds the writers to the converter's bytes.

The expressions are shared with the writer of the SQL store's rows
(``adapters/sqlalchemy/_json_rows.py``), which takes the stored values instead of a record.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

import attrs
from cattrs.fns import identity

from autocrm.adapters.json_codec import _CONVERTER

#: A string as JSON with real characters (what ``ensure_ascii=False`` writes).
encode_text: Callable[[str], str] = json.encoder.encode_basestring
#: Any unstructured value as the backup writes it (keys sorted, real characters).
encode_any = json.JSONEncoder(ensure_ascii=False, sort_keys=True, check_circular=False).encode
#: A bool as JSON (by value: SQLite hands a stored bool back as 0 or 1).
BOOLEANS: Mapping[object, str] = types.MappingProxyType({False: "false", True: "true"})

_WRITERS: dict[type[Any], Callable[[Any], str]] = {}


def record_writer(kind: type[Any]) -> Callable[[Any], str]:
    """The generated writer of ``kind`` (an attrs class): ``write(record)`` -> JSON text.

    The text equals ``encode_any(_CONVERTER.unstructure(record))``. Built once per class.
    """
    found = _WRITERS.get(kind)
    if found is None:
        found = _WRITERS.setdefault(kind, _compile(kind))
    return found


def _compile(kind: type[Any]) -> Callable[[Any], str]:
    hints = typing.get_type_hints(kind)
    namespace: dict[str, Any] = dict(CONSTANTS)
    prepare, parts = [], []
    for index, field in enumerate(sorted(attrs.fields(kind), key=lambda a: a.name)):
        local = f"v_{index}"
        prepare.append(f"    {local} = record.{field.name}")
        text = value_text(hints[field.name], local, namespace, f"f{index}")
        parts.append((field.name, text))
    source = "\n".join(
        [
            "def write(record):",
            *prepare,
            f"    return {joined(parts)}",
        ]
    )
    code = compile(source, f"<autocrm JSON writer {kind.__qualname__}>", "exec")
    exec(code, namespace)
    write: Callable[[Any], str] = namespace["write"]
    return write


def joined(parts: list[tuple[str, str]]) -> str:
    """The expression of a JSON object from (key, value-text expression), keys in order.

    One f-string: the keys as literal text, each value an expression (which holds no
    quote character: the texts it needs are names, see `CONSTANTS`).
    """
    pieces = []
    for position, (name, text) in enumerate(parts):
        key = f"{'{' if position == 0 else ', '}{encode_text(name)}: "
        pieces.append(key.replace("{", "{{").replace("}", "}}") + "{" + text + "}")
    if not pieces:
        return "'{}'"
    return "f'''" + "".join(pieces) + "}}'''"


#: Texts the generated expressions use by name, so that they hold no quote character.
CONSTANTS: Mapping[str, str] = types.MappingProxyType(
    {"NULL": "null", "QUOTE": '"', "OPEN": "[", "CLOSE": "]"}
)


def _optional(hint: Any) -> tuple[Any, bool]:
    """``(X, True)`` for ``X | None``; ``(hint, False)`` otherwise."""
    args = typing.get_args(hint)
    if type(None) in args and (isinstance(hint, types.UnionType) or _is_union(hint)):
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return rest[0], True
    return hint, False


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) is typing.Union


def value_text(hint: Any, value: str, namespace: dict[str, Any], name: str) -> str:
    """The expression of the JSON text of ``value`` (an expression of a ``hint`` value).

    Registers in ``namespace`` (under names starting with ``name``) what it uses.
    """
    target, optional = _optional(hint)
    text = _plain_text(target, value, namespace, name)
    if text is None:
        hook = _CONVERTER.get_unstructure_hook(hint)
        namespace[f"{name}_hook"], namespace["encode_any"] = hook, encode_any
        return f"encode_any({name}_hook({value}))"
    if optional:
        return f"(NULL if {value} is None else {text})"
    return text


def _plain_text(target: Any, value: str, namespace: dict[str, Any], name: str) -> str | None:
    """The expression for a non-None ``target`` value, or None: the generic way."""
    hook = _CONVERTER.get_unstructure_hook(target)
    namespace["encode_text"] = encode_text
    if isinstance(target, type) and issubclass(target, enum.Enum):
        namespace[f"{name}_texts"] = member_texts(target)
        return f"{name}_texts[{value}]"
    if target is bool and hook is identity:
        namespace["BOOLEANS"] = BOOLEANS
        return f"BOOLEANS[{value}]"
    if target is int and hook is identity:
        namespace["int_text"] = int.__repr__
        return f"int_text({value})"
    if target is str and hook is identity:
        return f"encode_text({value})"
    if target is Decimal and hook is str:
        namespace["decimal_text"] = Decimal.__str__
        return f"QUOTE + decimal_text({value}) + QUOTE"
    if target is date and hook is date.isoformat:
        namespace["date_text"] = date.isoformat
        return f"QUOTE + date_text({value}) + QUOTE"
    if target is datetime and hook is datetime.isoformat:
        namespace["datetime_text"] = datetime.isoformat
        return f"QUOTE + datetime_text({value}) + QUOTE"
    if isinstance(target, type) and attrs.has(target):
        namespace[f"{name}_write"] = _Deferred(target)
        return f"{name}_write({value})"
    origin = typing.get_origin(target)
    if origin is tuple:
        args = typing.get_args(target)
        if len(args) == 2 and args[1] is Ellipsis and attrs.has(args[0]):
            namespace[f"{name}_write"] = _Deferred(args[0])
            namespace["join"] = ", ".join
            return f"OPEN + join([{name}_write(item) for item in {value}]) + CLOSE"
    if origin is frozenset:
        (item,) = typing.get_args(target)
        namespace[f"{name}_set"] = set_writer(item)
        return f"{name}_set({value})"
    return None


class _Deferred:
    """A nested class's writer, generated when first used (the classes may refer to each other)."""

    def __init__(self, kind: type[Any]) -> None:
        self._kind = kind
        self._write: Callable[[Any], str] | None = None

    def __call__(self, record: Any) -> str:
        write = self._write
        if write is None:
            write = self._write = record_writer(self._kind)
        return write(record)


def member_texts(kind: type[enum.Enum]) -> dict[Any, str]:
    """Each member of ``kind`` as JSON text, through the converter's hook for it."""
    hook = _CONVERTER.get_unstructure_hook(kind)
    return {member: encode_any(hook(member)) for member in kind}


def set_writer(item: Any) -> Callable[[Any], str]:
    """The writer of a frozenset of ``item``: its members sorted as the converter sorts them.

    The converter's set hook writes the members unstructured, sorted by their
    ``json.dumps(..., sort_keys=True)`` (ASCII) text when there are two or more.
    """
    if not (isinstance(item, type) and (issubclass(item, enum.Enum) or item is str)):
        hook = _CONVERTER.get_unstructure_hook(frozenset[item])
        return lambda value: encode_any(hook(value))
    item_hook = _CONVERTER.get_unstructure_hook(item)
    if issubclass(item, enum.Enum):
        members = cast("type[enum.Enum]", item)
        texts = member_texts(members)
        keys = {member: json.dumps(item_hook(member), sort_keys=True) for member in members}
        text_of: Callable[[Any], str] = texts.__getitem__
        key_of: Callable[[Any], str] = keys.__getitem__
    else:
        text_of = encode_text

        def key_of(member: Any) -> str:
            return json.dumps(item_hook(member), sort_keys=True)

    def write(value: Any) -> str:
        if not value:
            return "[]"
        if len(value) == 1:
            for member in value:
                return f"[{text_of(member)}]"
        return "[" + ", ".join([text_of(member) for member in sorted(value, key=key_of)]) + "]"

    return write


def general_text(record: Any) -> str:
    """The converter's own way: unstructure, then encode (what the writers must equal)."""
    return encode_any(_CONVERTER.unstructure(record))
