"""The column mapping of a DMS export: which file, column and value feeds which field.

A mapping is a TOML file with one section per table of the export. Each names the
files (patterns matched against file names), the source column of each domain
field, value maps for coded fields, the money unit and the date formats; see the
guide page "Importing from a DMS" for every key.

Examples:
    >>> mapping = mapping_from_toml('''
    ... [customers]
    ... files = ["客户*.csv"]
    ... columns = { number = "客户编号", name = "客户名称", gender = "性别" }
    ... values.gender = { "男" = "male", "女" = "female" }
    ... fallbacks = { gender = "unknown" }
    ... ''')
    >>> table = mapping.tables["customers"]
    >>> table.columns["name"], table.values["gender"]["女"], table.fallbacks["gender"]
    ('客户名称', 'female', 'unknown')
    >>> mapping_from_toml('[customers]\\nfiles = ["a.csv"]\\ncolumns = { nmae = "x" }')
    Traceback (most recent call last):
    ...
    autocrm.adapters.tables.mapping.MappingError: customers.columns.nmae: unknown field; ...
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timezone, tzinfo
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from autocrm import _toml
from autocrm.adapters.tables.fields import _REQUIRED, CODE_TYPES, FIELDS, TABLE_ORDER, FieldKind
from autocrm.domain import CHINA_TZ, Payer
from autocrm.errors import ValidationError, shown

__all__ = [
    "CODE_TYPES",
    "FIELDS",
    "TABLE_ORDER",
    "FieldKind",
    "ImportMapping",
    "MappingError",
    "TableMapping",
    "load_mapping",
    "mapping_from_dict",
    "mapping_from_toml",
]


class MappingError(ValidationError):
    """A mapping file or value is wrong; ``field`` is the dotted key path in the mapping.

    Examples:
        >>> try:
        ...     mapping_from_dict({"customers": {"files": ["c.csv"], "money_unit": "jiao"}})
        ... except MappingError as exc:
        ...     exc.field
        'customers.money_unit'
    """


_MONEY_UNITS = ("yuan", "fen")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y%m%d", "%Y.%m.%d")
_DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S%z",
)
_TABLE_KEYS = frozenset(
    {
        "files",
        "sheet",
        "encoding",
        "columns",
        "values",
        "fallbacks",
        "money_unit",
        "date_formats",
        "datetime_formats",
        "timezone",
        "separators",
        "payer_amounts",
    }
)
_DEFAULT_KEYS = _TABLE_KEYS - {"files", "sheet", "columns", "values", "fallbacks", "payer_amounts"}


def _frozen_map(value: object, field: str) -> Mapping[str, Any]:
    """A read-only copy of the mapping ``value``; what is no mapping is refused naming ``field``."""
    if not isinstance(value, Mapping):
        msg = f"{field}: expected a mapping, got {type(value).__name__} {shown(value)}"
        raise MappingError(msg, field=field, value=value)
    return MappingProxyType(dict(value))


def _columns_map(value: object) -> Mapping[str, Any]:
    return _frozen_map(value, "columns")


def _values_map(value: object) -> Mapping[str, Any]:
    return _frozen_map(value, "values")


def _fallbacks_map(value: object) -> Mapping[str, Any]:
    return _frozen_map(value, "fallbacks")


def _payer_amounts_map(value: object) -> Mapping[str, Any]:
    return _frozen_map(value, "payer_amounts")


def _tables_map(value: object) -> Mapping[str, Any]:
    return _frozen_map(value, "tables")


def _checked_path(value: object, field: str = "path") -> Path:
    """Return ``value`` as a ``Path``; refuse what names no file, naming ``field``.

    A path is a ``str`` or an ``os.PathLike``; a NUL character names no file on any
    system. Whether the file can be opened is the operating system's answer
    (an ``OSError``).

    Raises:
        MappingError: ``value`` is no path, or holds a NUL character.

    Examples:
        >>> _checked_path("km2025.csv").name
        'km2025.csv'
        >>> _checked_path(None, "paths[0]")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: paths[0]: expected a file path, got ...
    """
    if not isinstance(value, str | PathLike):
        msg = f"{field}: expected a file path, got {type(value).__name__} {shown(value)}"
        raise MappingError(msg, field=field, value=value)
    path = Path(value)
    if "\x00" in str(path):
        msg = f"{field}: a file path holds no NUL character, got {shown(str(path))}"
        raise MappingError(msg, field=field, value=value)
    return path


@attrs.frozen
class TableMapping:
    """How one table of the export maps onto one kind of domain record.

    Attributes:
        name: The table (``customers``, ``vehicles``, ``readings``, ``work_orders``,
            ``work_order_lines``, ``complaints``, ``followups``, ``appointments``).
        files: File-name patterns (``*`` and ``?`` wildcards) of this table's files.
        columns: Domain field -> source column.
        values: Coded field -> {source value: domain code}.
        fallbacks: Coded field -> the code an unmapped source value becomes.
        money_unit: ``yuan`` or ``fen``: the unit of the money columns.
        date_formats / datetime_formats: ``strptime`` formats tried in order.
        timezone: The zone of timestamps written without one.
        encoding: The CSV encoding, or None to detect UTF-8 or GB18030.
        sheet: The worksheet of an Excel file, or None for the first one.
        separators: What separates several values in one cell (service types, tags).
        payer_amounts: Payer code -> column of its amount (work orders without lines).

    Examples:
        >>> TableMapping("readings", files=("里程.csv",),
        ...              columns={"vin": "VIN", "on": "日期", "km": "里程"}).money_unit
        'yuan'
    """

    name: str
    files: tuple[str, ...] = attrs.field(kw_only=True)
    columns: Mapping[str, str] = attrs.field(converter=_columns_map, kw_only=True)
    values: Mapping[str, Mapping[str, str]] = attrs.field(
        factory=dict, converter=_values_map, kw_only=True
    )
    fallbacks: Mapping[str, str] = attrs.field(factory=dict, converter=_fallbacks_map, kw_only=True)
    money_unit: str = attrs.field(default="yuan", kw_only=True)
    date_formats: tuple[str, ...] = attrs.field(default=_DATE_FORMATS, kw_only=True)
    datetime_formats: tuple[str, ...] = attrs.field(default=_DATETIME_FORMATS, kw_only=True)
    timezone: tzinfo = attrs.field(default=CHINA_TZ, kw_only=True)
    encoding: str | None = attrs.field(default=None, kw_only=True)
    sheet: str | None = attrs.field(default=None, kw_only=True)
    separators: tuple[str, ...] = attrs.field(default=(",", "，", "、", ";", "；"), kw_only=True)
    payer_amounts: Mapping[str, str] = attrs.field(
        factory=dict, converter=_payer_amounts_map, kw_only=True
    )

    @property
    def source_columns(self) -> tuple[str, ...]:
        """Every column this table reads, in mapping order, each once."""
        seen = dict.fromkeys([*self.columns.values(), *self.payer_amounts.values()])
        return tuple(seen)


@attrs.frozen
class ImportMapping:
    """The whole mapping: one [`TableMapping`][autocrm.adapters.tables.mapping.TableMapping] per
    table of the export.

    Examples:
        >>> m = mapping_from_dict({"readings": {"files": ["km.parquet"], "columns": {
        ...     "vin": "vin", "on": "date", "km": "km"}}})
        >>> list(m.tables), m.table_for("km.parquet").name
        (['readings'], 'readings')
    """

    tables: Mapping[str, TableMapping] = attrs.field(converter=_tables_map)

    def table_for(self, file_name: str) -> TableMapping | None:
        """The table whose ``files`` patterns match ``file_name``, or None."""
        from fnmatch import fnmatchcase

        for table in self.tables.values():
            if any(fnmatchcase(file_name, pattern) for pattern in table.files):
                return table
        return None


def _fail(path: str, message: str, data: object) -> MappingError:
    return MappingError(f"{path}: {message}", field=path, value=data)


def _strings(value: object, path: str, data: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise _fail(path, f"expected a string or a list of strings, got {shown(value)}", data)
    return tuple(value)


def _string(value: object, path: str, data: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(path, f"expected a non-blank string, got {shown(value)}", data)
    return value


def _table_of_strings(value: object, path: str, data: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise _fail(path, f"expected a table, got {type(value).__name__} {shown(value)}", data)
    out: dict[str, str] = {}
    for key, item in value.items():
        if isinstance(item, bool) or not isinstance(item, (str, int)):
            raise _fail(f"{path}.{key}", f"expected a string, got {shown(item)}", data)
        out[str(key)] = str(item)
    return out


def _zone(value: object, path: str, data: object) -> tzinfo:
    name = _string(value, path, data)
    if name in ("Asia/Shanghai", "China", "CST", "+08:00"):
        return CHINA_TZ
    if name in ("UTC", "Z", "+00:00"):
        return timezone.utc
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _fail(
            path, f"{shown(name)} is not a time zone name (e.g. Asia/Shanghai)", data
        ) from None


def _check_code(table: str, field: str, code: str, path: str, data: object) -> None:
    kind = CODE_TYPES[table, field]
    allowed = [str(m.value) for m in kind]
    labels = [str(getattr(m, "label", m.value)) for m in kind]
    if code not in allowed and code not in labels:
        message = (
            f"{shown(code)} is not a {kind.__name__} code; expected one of {', '.join(allowed)}"
        )
        raise _fail(path, message, data)


def _settings(section: Mapping[str, Any], path: str, data: object) -> dict[str, Any]:
    """The keys a table and ``[defaults]`` share, checked."""
    out: dict[str, Any] = {}
    if "money_unit" in section:
        unit = section["money_unit"]
        if unit not in _MONEY_UNITS:
            message = f"expected 'yuan' or 'fen', got {shown(unit)}"
            raise _fail(f"{path}.money_unit", message, data)
        out["money_unit"] = unit
    for key in ("date_formats", "datetime_formats", "separators"):
        if key in section:
            out[key] = _strings(section[key], f"{path}.{key}", data)
    if "timezone" in section:
        out["timezone"] = _zone(section["timezone"], f"{path}.timezone", data)
    if "encoding" in section:
        import codecs

        name = _string(section["encoding"], f"{path}.encoding", data)
        try:
            codecs.lookup(name)
        except LookupError:
            raise _fail(
                f"{path}.encoding", f"{shown(name)} is not a known encoding", data
            ) from None
        out["encoding"] = name
    return out


def _table(name: str, section: object, defaults: Mapping[str, Any], data: object) -> TableMapping:
    if not isinstance(section, Mapping):
        raise _fail(name, f"expected a table, got {type(section).__name__}", data)
    for key in section:
        if key not in _TABLE_KEYS:
            raise _fail(
                f"{name}.{key}", "unknown key; known: " + ", ".join(sorted(_TABLE_KEYS)), data
            )
    settings = {**defaults, **_settings(section, name, data)}
    fields = FIELDS[name]
    if "files" not in section:
        raise _fail(f"{name}.files", "required key missing", data)
    files = _strings(section["files"], f"{name}.files", data)
    columns = _table_of_strings(section.get("columns", {}), f"{name}.columns", data)
    for field in columns:
        if field not in fields:
            known = ", ".join(fields)
            raise _fail(f"{name}.columns.{field}", f"unknown field; known: {known}", data)
    payer_amounts: dict[str, str] = {}
    if "payer_amounts" in section:
        if name != "work_orders":
            raise _fail(f"{name}.payer_amounts", "only work_orders has payer amount columns", data)
        payer_amounts = _table_of_strings(section["payer_amounts"], f"{name}.payer_amounts", data)
        for payer in payer_amounts:
            if payer not in {p.value for p in Payer}:
                allowed = ", ".join(p.value for p in Payer)
                message = f"unknown payer; expected one of {allowed}"
                raise _fail(f"{name}.payer_amounts.{payer}", message, data)
    required = [f for f in _REQUIRED[name] if f not in columns]
    if required:
        path = f"{name}.columns.{required[0]}"
        raise _fail(path, "required key missing: every row needs this field", data)
    values: dict[str, dict[str, str]] = {}
    raw_values = section.get("values", {})
    if not isinstance(raw_values, Mapping):
        raise _fail(f"{name}.values", "expected a table of value maps", data)
    fallbacks = _table_of_strings(section.get("fallbacks", {}), f"{name}.fallbacks", data)
    for field in (*raw_values, *fallbacks):
        if (name, field) not in CODE_TYPES:
            coded = ", ".join(f for t, f in CODE_TYPES if t == name) or "none"
            where = "values" if field in raw_values else "fallbacks"
            message = f"not a coded field; the coded fields of {name}: {coded}"
            raise _fail(f"{name}.{where}.{field}", message, data)
    for field, table in raw_values.items():
        mapped = _table_of_strings(table, f"{name}.values.{field}", data)
        for source, code in mapped.items():
            _check_code(name, field, code, f"{name}.values.{field}.{source}", data)
        values[field] = mapped
    for field, code in fallbacks.items():
        _check_code(name, field, code, f"{name}.fallbacks.{field}", data)
    sheet = _string(section["sheet"], f"{name}.sheet", data) if "sheet" in section else None
    return TableMapping(
        name,
        files=files,
        columns=columns,
        values={k: MappingProxyType(dict(v)) for k, v in values.items()},
        fallbacks=fallbacks,
        sheet=sheet,
        payer_amounts=payer_amounts,
        **settings,
    )


def mapping_from_dict(data: Mapping[str, Any]) -> ImportMapping:
    """Build an [`ImportMapping`][autocrm.adapters.tables.mapping.ImportMapping] from nested
    mappings (a parsed TOML file).

    ``[defaults]`` holds settings every table shares (``money_unit``, ``timezone``,
    ``encoding``, ``date_formats``, ``datetime_formats``, ``separators``); a table's
    own keys win.

    Raises:
        MappingError: an unknown table, key or field, a missing required column, a
            value map to a code the field does not have, a bad unit, zone or
            encoding; ``field`` is the dotted key path.

    Examples:
        >>> mapping_from_dict({"defaults": {"timezone": "Asia/Tokyo"}, "readings": {
        ...     "files": ["km.csv"], "columns": {"vin": "v", "on": "d", "km": "k"}}}
        ... ).tables["readings"].timezone
        zoneinfo.ZoneInfo(key='Asia/Tokyo')
        >>> mapping_from_dict({"customer": {}})
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: customer: unknown table; ...
    """
    if not isinstance(data, Mapping):
        msg = f"mapping: expected a table of tables, got {type(data).__name__}"  # type: ignore[unreachable]
        raise MappingError(msg, field="", value=data)
    raw_defaults = data.get("defaults", {})
    if not isinstance(raw_defaults, Mapping):
        raise _fail("defaults", "expected a table", data)
    for key in raw_defaults:
        if key not in _DEFAULT_KEYS:
            known = ", ".join(sorted(_DEFAULT_KEYS))
            raise _fail(f"defaults.{key}", f"unknown key; known: {known}", data)
    defaults = _settings(raw_defaults, "defaults", data)
    tables: dict[str, TableMapping] = {}
    for name, section in data.items():
        if name == "defaults":
            continue
        if name not in FIELDS:
            known = ", ".join(TABLE_ORDER)
            raise _fail(name, f"unknown table; known: defaults, {known}", data)
        tables[name] = _table(name, section, defaults, data)
    if not tables:
        raise MappingError("mapping: no table is mapped", field="", value=data)
    if "work_order_lines" in tables and "work_orders" not in tables:
        raise _fail("work_order_lines", "lines need a work_orders table to belong to", data)
    return ImportMapping({name: tables[name] for name in TABLE_ORDER if name in tables})


def mapping_from_toml(text: str) -> ImportMapping:
    """Parse a mapping from TOML text (see
    [`mapping_from_dict`][autocrm.adapters.tables.mapping.mapping_from_dict]).

    Raises:
        MappingError: the text is not TOML, or the mapping is wrong.

    Examples:
        >>> mapping_from_toml("[readings")
        Traceback (most recent call last):
        ...
        autocrm.adapters.tables.mapping.MappingError: mapping: not valid TOML: ...
    """
    if not isinstance(text, str):
        msg = f"mapping: expected TOML text, got {type(text).__name__}"  # type: ignore[unreachable]
        raise MappingError(msg, field="", value=text)
    try:
        data = _toml.loads(text)
    except _toml.TOMLDecodeError as exc:
        msg = f"mapping: not valid TOML: {exc}"
        raise MappingError(msg, field="", value=text) from exc
    return mapping_from_dict(data)


def load_mapping(path: str | Path) -> ImportMapping:
    """Read a mapping from a ``.toml`` file.

    Raises:
        MappingError: ``path`` is no file path, the file is not UTF-8 TOML or the
            mapping is wrong.
        OSError: the file cannot be read.

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "dms.toml")
        ...     _ = open(p, "w", encoding="utf-8").write(
        ...         '[readings]\\nfiles = ["km.csv"]\\ncolumns = {vin="v", on="d", km="k"}\\n')
        ...     load_mapping(p).tables["readings"].columns["km"]
        'k'
    """
    file = _checked_path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        msg = f"{file.name}: a mapping file is UTF-8 text: {exc.reason}"
        raise MappingError(msg, field="path", value=str(file)) from None
    return mapping_from_toml(text)
