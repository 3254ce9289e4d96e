"""pandas frames for notebooks (extra ``pandas``).

Every result of :mod:`autocrm.stats` (and many of :mod:`autocrm.rules`) has a
``to_rows()`` method giving plain dicts; :func:`to_frame` turns those, or any
iterable of domain objects, into a :class:`pandas.DataFrame` ready to plot:

* money stays ``Decimal`` (object dtype) by default so that sums remain exact;
  ``money="float"`` gives ``float64`` columns that ``describe()`` and plotting
  treat as numbers;
* enums become their English value, with a ``*_label`` column carrying the
  Chinese label;
* a nested value (a customer's address) becomes columns named with a dot
  (``address.postcode``);
* a work order gets its ``total`` and one ``paid_<payer>`` column per payer
  (``paid_self``, ``paid_insurance``, ``paid_warranty``);
* a statistics result keeps its ``total`` row out of the data: it is in
  ``frame.attrs["total"]``, and periods without data are rows of zeros between
  the first and the last period;
* a redacted view (:func:`autocrm.rules.archive.redact`) becomes a row of the
  fields its role may see.

Examples:
    >>> from autocrm.domain import Customer
    >>> frame = to_frame([Customer(number="C1", name="张三", kind="个人")])
    >>> frame.loc[0, "kind"], frame.loc[0, "kind_label"]
    ('person', '个人')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

import attrs

from autocrm.domain import Payer, WorkOrder
from autocrm.domain._enum import LabelledEnum
from autocrm.errors import UnsupportedType
from autocrm.extras import require_extra
from autocrm.rules.archive import RedactedComplaint, RedactedCustomer, RedactedWorkOrder
from autocrm.stats.rates import Period

require_extra("pandas", "pandas")

import pandas as pd  # noqa: E402

__all__ = ["to_frame", "to_records"]

# The columns that name a row of a statistics result; the value "total" marks its total.
_KEY_COLUMNS = ("period", "level", "group", "class", "arrival_group")
# A day well inside the next period, from the first day of one (see _next_start).
_STEP_DAYS = {
    Period.DAY: 1,
    Period.WEEK: 7,
    Period.MONTH: 31,
    Period.QUARTER: 92,
    Period.YEAR: 366,
}


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x__plain__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__plain__mutmut)
def _plain(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_orig(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_1(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(None)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_2(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(None) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_3(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(None) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_4(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(None):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_5(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(None)):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_6(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(None) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_7(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in _record(None).items()}
    if isinstance(value, Mapping):
        return dict(value)
    return value


def x__plain__mutmut_8(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.value
    if isinstance(value, frozenset):
        return sorted(_plain(item) for item in value)
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in _record(value).items()}
    if isinstance(value, Mapping):
        return dict(None)
    return value

mutants_x__plain__mutmut['_mutmut_orig'] = x__plain__mutmut_orig # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_1'] = x__plain__mutmut_1 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_2'] = x__plain__mutmut_2 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_3'] = x__plain__mutmut_3 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_4'] = x__plain__mutmut_4 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_5'] = x__plain__mutmut_5 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_6'] = x__plain__mutmut_6 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_7'] = x__plain__mutmut_7 # type: ignore # mutmut generated
mutants_x__plain__mutmut['x__plain__mutmut_8'] = x__plain__mutmut_8 # type: ignore # mutmut generated
mutants_x__record__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__record__mutmut)
def _record(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_orig(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_1(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(None)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_2(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(None)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_3(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(None):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_4(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(None)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_5(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = None  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_6(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(None)  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_7(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(None))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_8(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = None
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_9(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(None, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_10(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, None) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_11(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_12(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, ) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_13(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = None
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_14(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["XXtotalXX"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_15(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["TOTAL"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_16(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = None
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_17(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(None)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_18(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = None
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_19(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(None, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_20(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, None, None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_21(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr("to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_22(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_23(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", )
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_24(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "XXto_rowsXX", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_25(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "TO_ROWS", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_26(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(None):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_27(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = None
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_28(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "XXpass result.to_rows() (or the result itself to to_frame), not a list of resultsXX"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_29(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "PASS RESULT.TO_ROWS() (OR THE RESULT ITSELF TO TO_FRAME), NOT A LIST OF RESULTS"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_30(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(None, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_31(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field=None, value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_32(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=None)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_33(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_34(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_35(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", )
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_36(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="XXitemsXX", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_37(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="ITEMS", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_38(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = None
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_39(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(None).__name__}"
    raise UnsupportedType(msg, field="items", value=obj)


def x__record__mutmut_40(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(None, field="items", value=obj)


def x__record__mutmut_41(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field=None, value=obj)


def x__record__mutmut_42(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", value=None)


def x__record__mutmut_43(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(field="items", value=obj)


def x__record__mutmut_44(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, value=obj)


def x__record__mutmut_45(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="items", )


def x__record__mutmut_46(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="XXitemsXX", value=obj)


def x__record__mutmut_47(obj: object) -> dict[str, Any]:
    if isinstance(obj, Mapping):
        return dict(obj)
    if isinstance(obj, (RedactedCustomer, RedactedComplaint, RedactedWorkOrder)):
        return dict(obj.values)  # the fields the role may see; hidden ones are not columns
    if attrs.has(type(obj)):
        fields = attrs.fields(type(obj))  # type: ignore[arg-type]
        record = {a.name: getattr(obj, a.name) for a in fields if a.init}
        if isinstance(obj, WorkOrder):
            record["total"] = obj.total
            for payer in Payer:
                record[f"paid_{payer.value}"] = obj.paid_by(payer)
        return record
    to_rows = getattr(obj, "to_rows", None)
    if callable(to_rows):
        msg = "pass result.to_rows() (or the result itself to to_frame), not a list of results"
        raise UnsupportedType(msg, field="items", value=obj)
    msg = f"cannot make a row of {type(obj).__name__}"
    raise UnsupportedType(msg, field="ITEMS", value=obj)

mutants_x__record__mutmut['_mutmut_orig'] = x__record__mutmut_orig # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_1'] = x__record__mutmut_1 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_2'] = x__record__mutmut_2 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_3'] = x__record__mutmut_3 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_4'] = x__record__mutmut_4 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_5'] = x__record__mutmut_5 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_6'] = x__record__mutmut_6 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_7'] = x__record__mutmut_7 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_8'] = x__record__mutmut_8 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_9'] = x__record__mutmut_9 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_10'] = x__record__mutmut_10 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_11'] = x__record__mutmut_11 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_12'] = x__record__mutmut_12 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_13'] = x__record__mutmut_13 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_14'] = x__record__mutmut_14 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_15'] = x__record__mutmut_15 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_16'] = x__record__mutmut_16 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_17'] = x__record__mutmut_17 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_18'] = x__record__mutmut_18 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_19'] = x__record__mutmut_19 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_20'] = x__record__mutmut_20 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_21'] = x__record__mutmut_21 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_22'] = x__record__mutmut_22 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_23'] = x__record__mutmut_23 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_24'] = x__record__mutmut_24 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_25'] = x__record__mutmut_25 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_26'] = x__record__mutmut_26 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_27'] = x__record__mutmut_27 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_28'] = x__record__mutmut_28 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_29'] = x__record__mutmut_29 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_30'] = x__record__mutmut_30 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_31'] = x__record__mutmut_31 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_32'] = x__record__mutmut_32 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_33'] = x__record__mutmut_33 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_34'] = x__record__mutmut_34 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_35'] = x__record__mutmut_35 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_36'] = x__record__mutmut_36 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_37'] = x__record__mutmut_37 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_38'] = x__record__mutmut_38 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_39'] = x__record__mutmut_39 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_40'] = x__record__mutmut_40 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_41'] = x__record__mutmut_41 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_42'] = x__record__mutmut_42 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_43'] = x__record__mutmut_43 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_44'] = x__record__mutmut_44 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_45'] = x__record__mutmut_45 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_46'] = x__record__mutmut_46 # type: ignore # mutmut generated
mutants_x__record__mutmut['x__record__mutmut_47'] = x__record__mutmut_47 # type: ignore # mutmut generated
mutants_x__columns__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__columns__mutmut)
def _columns(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_orig(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_1(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) or not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_2(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(None) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_3(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(None)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_4(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_5(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(None).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_6(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(None, inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_7(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", None, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_8(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, None)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_9(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_10(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_11(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, )
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_12(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = None
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_13(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(None)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


def x__columns__mutmut_14(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = None

mutants_x__columns__mutmut['_mutmut_orig'] = x__columns__mutmut_orig # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_1'] = x__columns__mutmut_1 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_2'] = x__columns__mutmut_2 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_3'] = x__columns__mutmut_3 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_4'] = x__columns__mutmut_4 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_5'] = x__columns__mutmut_5 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_6'] = x__columns__mutmut_6 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_7'] = x__columns__mutmut_7 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_8'] = x__columns__mutmut_8 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_9'] = x__columns__mutmut_9 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_10'] = x__columns__mutmut_10 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_11'] = x__columns__mutmut_11 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_12'] = x__columns__mutmut_12 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_13'] = x__columns__mutmut_13 # type: ignore # mutmut generated
mutants_x__columns__mutmut['x__columns__mutmut_14'] = x__columns__mutmut_14 # type: ignore # mutmut generated
mutants_x_to_records__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_to_records__mutmut)
def to_records(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, value, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_orig(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, value, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_1(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = None
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, value, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_2(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = None
        for key, value in _record(item).items():
            _columns(key, value, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_3(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(None).items():
            _columns(key, value, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_4(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(None, value, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_5(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, None, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_6(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, value, None)
        rows.append(row)
    return rows


def x_to_records__mutmut_7(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(value, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_8(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, row)
        rows.append(row)
    return rows


def x_to_records__mutmut_9(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, value, )
        rows.append(row)
    return rows


def x_to_records__mutmut_10(items: Iterable[object]) -> list[dict[str, Any]]:
    """Return plain dicts (one per item) with enums as values plus ``*_label`` columns.

    A nested object (an address) spreads over columns named ``outer.inner``.

    Examples:
        >>> to_records([{"level": "I", "count": 3}])
        [{'level': 'I', 'count': 3}]
        >>> from autocrm.domain import Address, Customer
        >>> home = Address(text="广东省深圳市南山区科技园路1号", postcode="518057")
        >>> record = to_records([Customer(number="C1", name="张三", address=home)])[0]
        >>> record["address.postcode"]
        '518057'
    """
    rows: list[dict[str, Any]] = []
    for item in items:
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, value, row)
        rows.append(None)
    return rows

mutants_x_to_records__mutmut['_mutmut_orig'] = x_to_records__mutmut_orig # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_1'] = x_to_records__mutmut_1 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_2'] = x_to_records__mutmut_2 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_3'] = x_to_records__mutmut_3 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_4'] = x_to_records__mutmut_4 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_5'] = x_to_records__mutmut_5 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_6'] = x_to_records__mutmut_6 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_7'] = x_to_records__mutmut_7 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_8'] = x_to_records__mutmut_8 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_9'] = x_to_records__mutmut_9 # type: ignore # mutmut generated
mutants_x_to_records__mutmut['x_to_records__mutmut_10'] = x_to_records__mutmut_10 # type: ignore # mutmut generated
mutants_x__is_total__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__is_total__mutmut)
def _is_total(row: Mapping[str, Any]) -> bool:
    return any(row.get(key) == "total" for key in _KEY_COLUMNS)


def x__is_total__mutmut_orig(row: Mapping[str, Any]) -> bool:
    return any(row.get(key) == "total" for key in _KEY_COLUMNS)


def x__is_total__mutmut_1(row: Mapping[str, Any]) -> bool:
    return any(None)


def x__is_total__mutmut_2(row: Mapping[str, Any]) -> bool:
    return any(row.get(None) == "total" for key in _KEY_COLUMNS)


def x__is_total__mutmut_3(row: Mapping[str, Any]) -> bool:
    return any(row.get(key) != "total" for key in _KEY_COLUMNS)


def x__is_total__mutmut_4(row: Mapping[str, Any]) -> bool:
    return any(row.get(key) == "XXtotalXX" for key in _KEY_COLUMNS)


def x__is_total__mutmut_5(row: Mapping[str, Any]) -> bool:
    return any(row.get(key) == "TOTAL" for key in _KEY_COLUMNS)

mutants_x__is_total__mutmut['_mutmut_orig'] = x__is_total__mutmut_orig # type: ignore # mutmut generated
mutants_x__is_total__mutmut['x__is_total__mutmut_1'] = x__is_total__mutmut_1 # type: ignore # mutmut generated
mutants_x__is_total__mutmut['x__is_total__mutmut_2'] = x__is_total__mutmut_2 # type: ignore # mutmut generated
mutants_x__is_total__mutmut['x__is_total__mutmut_3'] = x__is_total__mutmut_3 # type: ignore # mutmut generated
mutants_x__is_total__mutmut['x__is_total__mutmut_4'] = x__is_total__mutmut_4 # type: ignore # mutmut generated
mutants_x__is_total__mutmut['x__is_total__mutmut_5'] = x__is_total__mutmut_5 # type: ignore # mutmut generated
mutants_x__period_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__period_of__mutmut)
def _period_of(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_orig(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_1(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = None
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_2(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get(None) for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_3(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("XXperiod_startXX") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_4(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("PERIOD_START") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_5(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows and not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_6(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_7(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_8(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(None):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_9(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(None):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_10(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get(None) is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_11(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("XXgroupXX") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_12(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("GROUP") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_13(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_14(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(None):
            return period
    return None


def x__period_of__mutmut_15(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(None) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_16(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["XXperiod_startXX"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_17(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["PERIOD_START"]) == row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_18(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) != row.get("period") for row in rows):
            return period
    return None


def x__period_of__mutmut_19(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get(None) for row in rows):
            return period
    return None


def x__period_of__mutmut_20(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("XXperiodXX") for row in rows):
            return period
    return None


def x__period_of__mutmut_21(rows: Sequence[Mapping[str, Any]]) -> Period | None:
    """The period whose labels the rows carry, or None when they are not one period's rows."""
    starts = [row.get("period_start") for row in rows]
    if not rows or not all(isinstance(start, date) for start in starts):
        return None
    if any(row.get("group") is not None for row in rows):
        return None  # a breakdown repeats periods; gaps are not defined row by row
    for period in Period:
        if all(period.label_of(row["period_start"]) == row.get("PERIOD") for row in rows):
            return period
    return None

mutants_x__period_of__mutmut['_mutmut_orig'] = x__period_of__mutmut_orig # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_1'] = x__period_of__mutmut_1 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_2'] = x__period_of__mutmut_2 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_3'] = x__period_of__mutmut_3 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_4'] = x__period_of__mutmut_4 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_5'] = x__period_of__mutmut_5 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_6'] = x__period_of__mutmut_6 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_7'] = x__period_of__mutmut_7 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_8'] = x__period_of__mutmut_8 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_9'] = x__period_of__mutmut_9 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_10'] = x__period_of__mutmut_10 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_11'] = x__period_of__mutmut_11 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_12'] = x__period_of__mutmut_12 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_13'] = x__period_of__mutmut_13 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_14'] = x__period_of__mutmut_14 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_15'] = x__period_of__mutmut_15 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_16'] = x__period_of__mutmut_16 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_17'] = x__period_of__mutmut_17 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_18'] = x__period_of__mutmut_18 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_19'] = x__period_of__mutmut_19 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_20'] = x__period_of__mutmut_20 # type: ignore # mutmut generated
mutants_x__period_of__mutmut['x__period_of__mutmut_21'] = x__period_of__mutmut_21 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__with_empty_periods__mutmut)
def _with_empty_periods(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_orig(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_1(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = None
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_2(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(None)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_3(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is not None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_4(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = None
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_5(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["XXperiod_startXX"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_6(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["PERIOD_START"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_7(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = None
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_8(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[1].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_9(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) or not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_10(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_11(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = None
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_12(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = None
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_13(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(None)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_14(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = None
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_15(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(None)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_16(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start < last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_17(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = None
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_18(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(None)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_19(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is not None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_20(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = None
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_21(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(None)
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_22(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[1])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_23(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(None)
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_24(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(None, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_25(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, None))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_26(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_27(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, ))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_28(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 1))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_29(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=None, period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_30(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=None)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_31(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_32(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), )
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_33(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(None), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_34(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(None)
        start = period.start_of(start + timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_35(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = None
    return filled


def x__with_empty_periods__mutmut_36(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(None)
    return filled


def x__with_empty_periods__mutmut_37(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start - timedelta(days=_STEP_DAYS[period]))
    return filled


def x__with_empty_periods__mutmut_38(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    period = _period_of(rows)
    if period is None:
        return rows
    by_start = {row["period_start"]: row for row in rows}
    counts = [
        key
        for key, value in rows[0].items()
        if isinstance(value, int) and not isinstance(value, bool)
    ]
    filled: list[dict[str, Any]] = []
    start: date = min(by_start)
    last: date = max(by_start)
    while start <= last:
        row = by_start.get(start)
        if row is None:
            row = dict.fromkeys(rows[0])
            row.update(dict.fromkeys(counts, 0))
            row.update(period=period.label_of(start), period_start=start)
        filled.append(row)
        start = period.start_of(start + timedelta(days=None))
    return filled

mutants_x__with_empty_periods__mutmut['_mutmut_orig'] = x__with_empty_periods__mutmut_orig # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_1'] = x__with_empty_periods__mutmut_1 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_2'] = x__with_empty_periods__mutmut_2 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_3'] = x__with_empty_periods__mutmut_3 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_4'] = x__with_empty_periods__mutmut_4 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_5'] = x__with_empty_periods__mutmut_5 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_6'] = x__with_empty_periods__mutmut_6 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_7'] = x__with_empty_periods__mutmut_7 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_8'] = x__with_empty_periods__mutmut_8 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_9'] = x__with_empty_periods__mutmut_9 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_10'] = x__with_empty_periods__mutmut_10 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_11'] = x__with_empty_periods__mutmut_11 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_12'] = x__with_empty_periods__mutmut_12 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_13'] = x__with_empty_periods__mutmut_13 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_14'] = x__with_empty_periods__mutmut_14 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_15'] = x__with_empty_periods__mutmut_15 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_16'] = x__with_empty_periods__mutmut_16 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_17'] = x__with_empty_periods__mutmut_17 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_18'] = x__with_empty_periods__mutmut_18 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_19'] = x__with_empty_periods__mutmut_19 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_20'] = x__with_empty_periods__mutmut_20 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_21'] = x__with_empty_periods__mutmut_21 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_22'] = x__with_empty_periods__mutmut_22 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_23'] = x__with_empty_periods__mutmut_23 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_24'] = x__with_empty_periods__mutmut_24 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_25'] = x__with_empty_periods__mutmut_25 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_26'] = x__with_empty_periods__mutmut_26 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_27'] = x__with_empty_periods__mutmut_27 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_28'] = x__with_empty_periods__mutmut_28 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_29'] = x__with_empty_periods__mutmut_29 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_30'] = x__with_empty_periods__mutmut_30 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_31'] = x__with_empty_periods__mutmut_31 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_32'] = x__with_empty_periods__mutmut_32 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_33'] = x__with_empty_periods__mutmut_33 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_34'] = x__with_empty_periods__mutmut_34 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_35'] = x__with_empty_periods__mutmut_35 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_36'] = x__with_empty_periods__mutmut_36 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_37'] = x__with_empty_periods__mutmut_37 # type: ignore # mutmut generated
mutants_x__with_empty_periods__mutmut['x__with_empty_periods__mutmut_38'] = x__with_empty_periods__mutmut_38 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__money_as_float__mutmut)
def _money_as_float(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_orig(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_1(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = None
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_2(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) or all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_3(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(None):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_4(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = None
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_5(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(None)
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_6(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None)
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_7(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if (v is None) and False else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_8(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if (v is None) or True else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_9(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is not None else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_10(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(None))
            frame[column] = frame[column].astype("float64")
    return frame


def x__money_as_float__mutmut_11(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = None
    return frame


def x__money_as_float__mutmut_12(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype(None)
    return frame


def x__money_as_float__mutmut_13(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype("XXfloat64XX")
    return frame


def x__money_as_float__mutmut_14(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype("FLOAT64")
    return frame

mutants_x__money_as_float__mutmut['_mutmut_orig'] = x__money_as_float__mutmut_orig # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_1'] = x__money_as_float__mutmut_1 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_2'] = x__money_as_float__mutmut_2 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_3'] = x__money_as_float__mutmut_3 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_4'] = x__money_as_float__mutmut_4 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_5'] = x__money_as_float__mutmut_5 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_6'] = x__money_as_float__mutmut_6 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_7'] = x__money_as_float__mutmut_7 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_8'] = x__money_as_float__mutmut_8 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_9'] = x__money_as_float__mutmut_9 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_10'] = x__money_as_float__mutmut_10 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_11'] = x__money_as_float__mutmut_11 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_12'] = x__money_as_float__mutmut_12 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_13'] = x__money_as_float__mutmut_13 # type: ignore # mutmut generated
mutants_x__money_as_float__mutmut['x__money_as_float__mutmut_14'] = x__money_as_float__mutmut_14 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_to_frame__mutmut)
def to_frame(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_orig(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_1(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "XXdecimalXX",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_2(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "DECIMAL",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_3(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_4(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("XXdecimalXX", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_5(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("DECIMAL", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_6(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "XXfloatXX"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_7(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "FLOAT"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_8(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = None
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_9(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(None)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_10(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = ""
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_11(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = None
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_12(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(None, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_13(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, None, None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_14(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr("to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_15(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_16(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", )
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_17(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "XXto_rowsXX", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_18(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "TO_ROWS", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_19(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(None):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_20(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = None
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_21(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(None)
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_22(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = None
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_23(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(None)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_24(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_25(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if (totals) and False else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_26(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if (totals) or True else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_27(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[1] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_28(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = None
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_29(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods(None)
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_30(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_31(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(None)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_32(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = None
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_33(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(None)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_34(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = None
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_35(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(None)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_36(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money != "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_37(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "XXfloatXX":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_38(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "FLOAT":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_39(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = None
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_40(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(None)
    frame.attrs["total"] = total
    return frame


def x_to_frame__mutmut_41(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = None
    return frame


def x_to_frame__mutmut_42(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["XXtotalXX"] = total
    return frame


def x_to_frame__mutmut_43(
    rows: Iterable[object] | Any,
    *,
    money: Literal["decimal", "float"] = "decimal",
) -> pd.DataFrame:
    """Return a DataFrame of ``rows``: dicts, domain objects, or a result with ``to_rows()``.

    For a statistics result (anything with ``to_rows()``) the ``total`` row is
    not among the data rows but in ``frame.attrs["total"]`` (a dict, or None),
    and a period without data between the first and the last is a row of zero
    counts, so that a chart by month shows the empty month.

    Args:
        rows: An iterable of mappings or attrs objects, or any object with a
            ``to_rows()`` method (the statistics results).
        money: ``"decimal"`` (default) keeps money exact as ``Decimal``;
            ``"float"`` turns every money column into ``float64`` for
            ``describe()`` and plotting.

    Returns:
        The frame, one row per item (per data row of a result).

    Raises:
        ValueError: ``money`` is neither ``"decimal"`` nor ``"float"``.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if money not in ("decimal", "float"):
        msg = f"money must be 'decimal' or 'float', not {money!r}"
        raise ValueError(msg)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        records = to_records(rows)
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["TOTAL"] = total
    return frame

mutants_x_to_frame__mutmut['_mutmut_orig'] = x_to_frame__mutmut_orig # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_1'] = x_to_frame__mutmut_1 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_2'] = x_to_frame__mutmut_2 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_3'] = x_to_frame__mutmut_3 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_4'] = x_to_frame__mutmut_4 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_5'] = x_to_frame__mutmut_5 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_6'] = x_to_frame__mutmut_6 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_7'] = x_to_frame__mutmut_7 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_8'] = x_to_frame__mutmut_8 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_9'] = x_to_frame__mutmut_9 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_10'] = x_to_frame__mutmut_10 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_11'] = x_to_frame__mutmut_11 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_12'] = x_to_frame__mutmut_12 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_13'] = x_to_frame__mutmut_13 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_14'] = x_to_frame__mutmut_14 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_15'] = x_to_frame__mutmut_15 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_16'] = x_to_frame__mutmut_16 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_17'] = x_to_frame__mutmut_17 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_18'] = x_to_frame__mutmut_18 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_19'] = x_to_frame__mutmut_19 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_20'] = x_to_frame__mutmut_20 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_21'] = x_to_frame__mutmut_21 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_22'] = x_to_frame__mutmut_22 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_23'] = x_to_frame__mutmut_23 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_24'] = x_to_frame__mutmut_24 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_25'] = x_to_frame__mutmut_25 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_26'] = x_to_frame__mutmut_26 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_27'] = x_to_frame__mutmut_27 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_28'] = x_to_frame__mutmut_28 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_29'] = x_to_frame__mutmut_29 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_30'] = x_to_frame__mutmut_30 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_31'] = x_to_frame__mutmut_31 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_32'] = x_to_frame__mutmut_32 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_33'] = x_to_frame__mutmut_33 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_34'] = x_to_frame__mutmut_34 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_35'] = x_to_frame__mutmut_35 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_36'] = x_to_frame__mutmut_36 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_37'] = x_to_frame__mutmut_37 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_38'] = x_to_frame__mutmut_38 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_39'] = x_to_frame__mutmut_39 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_40'] = x_to_frame__mutmut_40 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_41'] = x_to_frame__mutmut_41 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_42'] = x_to_frame__mutmut_42 # type: ignore # mutmut generated
mutants_x_to_frame__mutmut['x_to_frame__mutmut_43'] = x_to_frame__mutmut_43 # type: ignore # mutmut generated
