"""Stored rows straight to backup JSON: a streamed backup without building the records.

``SqlArchive.stream()`` hands a backup each record as the JSON text the codec would
write for it (see ``adapters/_json_writers.py``), made from the driver's row by a writer
generated once per class and engine: the fields in the order of the sorted keys, each
read at its position as the positional reader reads it (``_raw_reads``) and written as
the codec writes its type. What is stored as the JSON shows it is copied as it is (a
code is its enum's value, an SQLite date its ISO text); an SQLite instant (the UTC wall
time as text) is shifted into China Standard Time as text. The fields kept in child
rows or JSON columns are read as the positional reader reads them, then written by the
record writers. A row the writer cannot take as it expects (a code no member has, say)
is built by the positional reader and written by the codec itself, so it fails, or is
written, exactly as before.
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
import sqlalchemy as sa
from sqlalchemy.engine import Dialect

from autocrm.adapters._json_writers import (
    BOOLEANS,
    CONSTANTS,
    encode_text,
    general_text,
    joined,
    member_texts,
    set_writer,
    value_text,
)
from autocrm.adapters.sqlalchemy import tables as t
from autocrm.adapters.sqlalchemy.trusted_builders import _restorer

#: A driver's row, and a record's child rows by child table.
Raw = Sequence[Any]
Kids = Mapping[str, Sequence[Raw]]
RowWriter = Callable[[Raw, Kids], str]

#: SQLite instant text up to the hour (``YYYY-MM-DD HH``) -> its JSON text up to the hour
#: in China Standard Time (``"YYYY-MM-DDTHH``): instants share their hours.
_HOURS: dict[str, str] = {}


def _hour(prefix: str) -> str:
    day, hour = prefix[:10], int(prefix[11:13]) + 8
    if hour >= 24:
        day, hour = (date.fromisoformat(day) + timedelta(days=1)).isoformat(), hour - 24
    if len(_HOURS) > 65_536:
        _HOURS.clear()
    found = _HOURS[prefix] = f'"{day}T{hour:02d}'
    return found


def sqlite_instant(decode: Callable[[Any], datetime | None]) -> Callable[[Any], str]:
    """The JSON text of an SQLite instant (``YYYY-MM-DD HH:MM:SS.ffffff``, UTC).

    ``datetime.isoformat`` of the instant in China Standard Time, made from the text:
    eight hours on, the microseconds only when there are some. Any other value is
    decoded by ``decode`` (the positional reader's decoder) and written from that.
    """
    hours = _HOURS

    def text(value: Any) -> str:
        if value.__class__ is str and len(value) == 26 and value[10] == " ":
            prefix = value[:13]
            hour = hours.get(prefix) or _hour(prefix)
            if value.endswith("000000"):
                return hour + value[13:19] + '+08:00"'
            return hour + value[13:26] + '+08:00"'
        return f'"{decode(value).isoformat()}"'  # type: ignore[union-attr]

    return text


def instant(decode: Callable[[Any], datetime | None]) -> Callable[[Any], str]:
    """The JSON text of a stored instant as ``decode`` reads it, made once per value."""
    made: dict[Any, str] = {}

    def text(value: Any) -> str:
        found = made.get(value)
        if found is None:
            found = f'"{decode(value).isoformat()}"'  # type: ignore[union-attr]
            if len(made) > 65_536:
                made.clear()
            made[value] = found
        return found

    return text


def sqlite_date(decode: Callable[[Any], date | None] | None) -> Callable[[Any], str]:
    """The JSON text of an SQLite date, kept as its ISO text (``YYYY-MM-DD``)."""

    def text(value: Any) -> str:
        if value.__class__ is str and len(value) == 10:
            return f'"{value}"'
        decoded = value if decode is None else decode(value)
        return f'"{decoded.isoformat()}"'  # type: ignore[union-attr]

    return text


def sqlite_money(decode: Callable[[Any], Any] | None) -> Callable[[Any], str]:
    """The JSON text of an amount SQLite kept as a binary float.

    SQLAlchemy reads it back as ``Decimal("%.2f" % value)`` (the column's scale),
    whose text is that of the formatting itself.
    """

    # Amounts repeat (labour rates, parts prices); zero is left out, as 0.0 == -0.0.
    made: dict[float, str] = {}

    def text(value: Any) -> str:
        if value.__class__ is float:
            found = made.get(value)
            if found is None:
                found = f'"{value:.2f}"'
                if value:
                    if len(made) > 65_536:
                        made.clear()
                    made[value] = found
            return found
        decoded = value if decode is None else decode(value)
        if decoded.__class__ is not Decimal:
            raise TypeError(decoded)  # written by the positional reader and the codec
        return f'"{decoded}"'

    return text


def _code_set(hint: Any) -> Callable[[Sequence[Any]], str] | None:
    """For a frozenset of an enum: the writer of the set from its members' codes."""
    if typing.get_origin(hint) is not frozenset:
        return None
    (item,) = typing.get_args(hint)
    if not (isinstance(item, type) and issubclass(item, enum.Enum)):
        return None
    write = set_writer(item)
    members = {member.value: member for member in item}

    def text(codes: Sequence[Any]) -> str:
        if len(codes) < 2:
            return write([members[code] for code in codes])
        return write(frozenset([members[code] for code in codes]))

    return text


def compile_row_writer(
    kind: type[Any],
    dialect: Dialect,
    table: sa.Table,
    columns: Mapping[str, int],
    decoders: Sequence[Callable[[Any], Any] | None],
    parts: Mapping[str, tuple[Callable[[Any], Any], int | None]],
    written: Mapping[str, Callable[[Kids], str]],
    stored: Mapping[str, Callable[[Any], Any] | None],
    read: Callable[[Raw, Kids], Any],
) -> RowWriter:
    """Generate ``write(row, children)`` -> the JSON text of the record ``read`` would build.

    ``columns``, ``decoders``, ``parts`` and ``stored`` are as the positional reader's
    (``trusted_builders._compile_positional``); ``written`` gives the fields whose text
    is made from the child rows directly (a work order's lines). ``read`` is the
    positional reader, for the rows the writer does not take.
    """
    hints = typing.get_type_hints(kind)
    namespace: dict[str, Any] = {
        **CONSTANTS,
        "read": read,
        "general_text": general_text,
        "refused": (KeyError, TypeError, ValueError, AttributeError, ArithmeticError),
    }
    prepare, texts = [], []
    for index, field in enumerate(sorted(attrs.fields(kind), key=lambda a: a.name)):
        name, hint = f"f{index}", hints[field.name]
        if field.name in written:
            namespace[f"{name}_written"] = written[field.name]
            texts.append((field.name, f"{name}_written(children)"))
            continue
        restore = stored[field.name] if field.name in stored else _restorer(field, hint)
        if field.name in parts:
            part, position = parts[field.name]
            namespace[f"{name}_part"] = part
            if position is None:
                value = f"{name}_part(children)"
                codes = _code_set(hint)
                if codes is not None:  # codes from child rows: written as their members
                    namespace[f"{name}_codes"] = codes
                    texts.append((field.name, f"{name}_codes({value})"))
                    continue
            else:
                decoded = _decoded(f"row[{position}]", decoders[position], namespace, name)
                value = f"{name}_part({decoded})"
        else:
            position = columns[field.name]
            raw = f"row[{position}]"
            column = table.c[field.name]
            direct = _direct(hint, raw, column, dialect, decoders[position], namespace, name)
            if direct is not None:
                texts.append((field.name, direct))
                continue
            value = _decoded(raw, decoders[position], namespace, name)
        if restore is not None:
            namespace[f"{name}_restore"] = restore
            value = f"{name}_restore({value})"
        prepare.append(f"        v{index} = {value}")
        texts.append((field.name, value_text(hint, f"v{index}", namespace, name)))
    source = "\n".join(
        [
            "def write(row, children):",
            "    try:",
            *prepare,
            f"        return {joined(texts)}",
            "    except refused:",
            "        return general_text(read(row, children))  # fails, or writes, as before",
        ]
    )
    code = compile(source, f"<autocrm JSON row writer {kind.__qualname__}>", "exec")
    exec(code, namespace)
    write: RowWriter = namespace["write"]
    return write


def _decoded(
    raw: str, decode: Callable[[Any], Any] | None, namespace: dict[str, Any], name: str
) -> str:
    if decode is None:
        return raw
    namespace[f"{name}_decode"] = decode
    return f"{name}_decode({raw})"


def _direct(
    hint: Any,
    raw: str,
    column: sa.Column[Any],
    dialect: Dialect,
    decode: Callable[[Any], Any] | None,
    namespace: dict[str, Any],
    name: str,
) -> str | None:
    """The text of a column's field made from the stored value as it is, or None."""
    args = typing.get_args(hint)
    optional = type(None) in args
    target = next((a for a in args if a is not type(None)), hint) if optional else hint
    text: str | None = None
    if isinstance(target, type) and issubclass(target, enum.Enum) and decode is None:
        # Stored by code: the code's text is the member's (KeyError: not a member).
        texts = {member.value: text for member, text in member_texts(target).items()}
        if optional:
            texts[None] = "null"
        namespace[f"{name}_codes"] = texts
        return f"{name}_codes[{raw}]"
    if target is bool and isinstance(column.type, sa.Boolean):
        booleans = dict(BOOLEANS)
        if optional:
            booleans[None] = "null"
        namespace[f"{name}_booleans"] = booleans
        return f"{name}_booleans[{raw}]"
    if target is datetime and isinstance(column.type, t.UTCDateTime) and decode is not None:
        made = sqlite_instant(decode) if dialect.name == "sqlite" else instant(decode)
        namespace[f"{name}_instant"] = made
        text = f"{name}_instant({raw})"
    elif target is Decimal and column.type is t.Money and dialect.name == "sqlite":
        namespace[f"{name}_money"] = sqlite_money(decode)
        text = f"{name}_money({raw})"
    elif target is date and dialect.name == "sqlite":
        namespace[f"{name}_date"] = sqlite_date(decode)
        text = f"{name}_date({raw})"
    elif target is str:  # decoded (decrypted) unless None, as the decoders leave None
        namespace["encode_text"] = encode_text
        text = f"encode_text({_decoded(raw, decode, namespace, name)})"
    if text is None:
        return None
    return f"(NULL if {raw} is None else {text})" if optional else text
