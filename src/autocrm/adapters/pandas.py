"""pandas frames for notebooks (extra ``pandas``).

Every result of `autocrm.stats` (and many of `autocrm.rules`) has a
``to_rows()`` method giving plain dicts; [`to_frame`][autocrm.adapters.pandas.to_frame] turns those,
or any iterable of domain objects, into a `pandas.DataFrame` ready to plot:

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
* a redacted view ([`autocrm.rules.access.redact`][autocrm.rules.access.redact]) becomes a row of
  the fields its role may see.

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
from autocrm.domain.checks import check_collection
from autocrm.domain.labels import LabelledEnum
from autocrm.errors import InvalidFormat, UnsupportedType, ValidationError, shown
from autocrm.extras import require_extra
from autocrm.rules.access import RedactedComplaint, RedactedCustomer, RedactedWorkOrder
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


def _columns(key: str, value: Any, row: dict[str, Any]) -> None:
    """Put ``value`` into ``row`` under ``key``; a nested object spreads over dotted keys."""
    if attrs.has(type(value)) and not isinstance(value, LabelledEnum):
        for name, inner in _record(value).items():
            _columns(f"{key}.{name}", inner, row)
        return
    row[key] = _plain(value)
    if isinstance(value, LabelledEnum):
        row[f"{key}_label"] = value.label


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
    for item in check_collection(items, "items"):
        row: dict[str, Any] = {}
        for key, value in _record(item).items():
            _columns(key, value, row)
        rows.append(row)
    return rows


def _is_total(row: Mapping[str, Any]) -> bool:
    return any(row.get(key) == "total" for key in _KEY_COLUMNS)


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


def _money_as_float(frame: pd.DataFrame) -> pd.DataFrame:
    for column in frame.columns:
        values = frame[column].dropna()
        if len(values) and all(isinstance(v, Decimal) for v in values):
            frame[column] = frame[column].map(lambda v: None if v is None else float(v))
            frame[column] = frame[column].astype("float64")
    return frame


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
        autocrm.errors.ValidationError: ``money`` is neither ``"decimal"`` nor ``"float"``.
        autocrm.errors.UnsupportedType: ``rows`` is not a collection of records.

    Examples:
        >>> to_frame([{"period": "2025-01", "visits": 12}]).shape
        (1, 2)
        >>> from decimal import Decimal
        >>> to_frame([{"total": Decimal("12.30")}], money="float")["total"].dtype
        dtype('float64')
    """
    if not isinstance(money, str) or money not in ("decimal", "float"):
        msg = f"money: expected 'decimal' or 'float', got {shown(money)}"
        raise ValidationError(msg, field="money", value=money)
    total: dict[str, Any] | None = None
    to_rows = getattr(rows, "to_rows", None)
    if callable(to_rows):
        records = to_records(to_rows())
        totals = [row for row in records if _is_total(row)]
        total = totals[0] if totals else None
        records = _with_empty_periods([row for row in records if not _is_total(row)])
    else:
        try:
            records = to_records(rows)
        except InvalidFormat as exc:
            if exc.field != "items":
                raise
            msg = f"rows: expected records or a result with to_rows(), got {shown(rows)}"
            raise UnsupportedType(msg, field="rows", value=rows) from None
    frame: pd.DataFrame = pd.DataFrame.from_records(records)
    if money == "float":
        frame = _money_as_float(frame)
    frame.attrs["total"] = total
    return frame
