"""Date windows relative to ``as_of``: build them, find them, and bind them to fixed bounds.

A [`RelativeWindow`][autocrm.query.filters.RelativeWindow] ("in the last eight months")
is built with [`within_last`][autocrm.query.windows.within_last] or
[`within_next`][autocrm.query.windows.within_next]; once ``as_of`` is known,
[`bind`][autocrm.query.windows.bind] replaces each window by two comparisons, so the
engines never see a window themselves.

Examples:
    >>> from datetime import date
    >>> from autocrm.query.builder import F
    >>> bound = bind(within_next(F.vehicle.insurance_renewal_on, days=30),
    ...              as_of=date(2026, 3, 1))
    >>> [c.value for c in bound.items]
    [datetime.date(2026, 3, 1), datetime.date(2026, 3, 31)]
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from autocrm.domain.checks import expect
from autocrm.domain.time import CHINA_TZ, local_date
from autocrm.errors import ValidationError, shown
from autocrm.query.builder import FieldRef
from autocrm.query.errors import MissingAsOf
from autocrm.query.fields import ValueType
from autocrm.query.filters import And, Compare, Filter, Not, Or, RelativeWindow
from autocrm.query.paths import Field, _field_of

__all__ = ["bind", "needs_as_of", "window_bounds", "within_last", "within_next"]


def needs_as_of(node: Filter) -> bool:
    """True if the filter holds a [`RelativeWindow`][autocrm.query.filters.RelativeWindow].

    Such a filter needs an ``as_of``.

    Examples:
        >>> from autocrm.query.builder import F
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8)), needs_as_of(
        ...     F.work_order.vin == "LFV2A21K3D3109826")
        (True, False)
    """
    if isinstance(node, RelativeWindow):
        return True
    if isinstance(node, (And, Or)):
        return any(needs_as_of(item) for item in node.items)
    if isinstance(node, Not):
        return needs_as_of(node.item)
    return False


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=CHINA_TZ)


def window_bounds(window: RelativeWindow, *, as_of: date | datetime) -> tuple[Any, Any]:
    """Return the half-open bounds ``(low, high)`` of a window: ``low <= value < high``.

    For a datetime field the bounds are aware datetimes; for a date field, dates.

    Raises:
        autocrm.query.MissingAsOf: ``as_of`` is None or a naive datetime.

    Examples:
        >>> from autocrm.query.builder import F
        >>> window_bounds(within_last(F.work_order.opened_at, months=8), as_of=date(2026, 3, 1))
        (datetime.datetime(2025, 7, 2, 0, 0, tzinfo=...),
         datetime.datetime(2026, 3, 2, 0, 0, tzinfo=...))
        >>> window_bounds(within_next(F.vehicle.insurance_renewal_on, days=30),
        ...               as_of=date(2026, 3, 1))
        (datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    """
    expect(window, RelativeWindow, field="window")
    if not isinstance(as_of, date) or (isinstance(as_of, datetime) and as_of.utcoffset() is None):
        msg = (
            f"{window.field.name}: a relative date window needs as_of "
            f"(a date or an aware datetime), got {shown(as_of)}"
        )
        raise MissingAsOf(msg, field=window.field.name, value=as_of)
    try:
        return _bounds(window, as_of)
    except (OverflowError, ValueError) as exc:
        msg = (
            f"{window.field.name}: the window around as_of {shown(as_of)} runs past the "
            "dates the calendar can hold"
        )
        raise ValidationError(msg, field="as_of", value=as_of) from exc


def _bounds(window: RelativeWindow, as_of: date | datetime) -> tuple[Any, Any]:
    length = window.length
    if window.direction == "past":
        anchor: datetime = (
            as_of if isinstance(as_of, datetime) else _start_of(as_of + timedelta(days=1))
        )
        low, high = anchor - length, anchor
    else:
        anchor = as_of if isinstance(as_of, datetime) else _start_of(as_of)
        low, high = anchor, anchor + length
    if window.field.type is ValueType.DATETIME:
        return low, high
    # A date field holds whole local days: a day is inside if any instant of it is.
    low_day = local_date(low)
    high_day = local_date(high)
    if _start_of(high_day) < high.astimezone(CHINA_TZ):
        high_day += timedelta(days=1)
    return low_day, high_day


def bind(node: Filter, *, as_of: date | datetime | None) -> Filter:
    """Return the filter with every window replaced by fixed bounds.

    A [`RelativeWindow`][autocrm.query.filters.RelativeWindow] becomes
    ``(field >= low) & (field < high)`` (see
    [`window_bounds`][autocrm.query.windows.window_bounds]), so an engine that runs a bound
    filter never needs ``as_of``. A filter without windows is returned unchanged (``as_of`` may
    then be None).

    Raises:
        autocrm.query.MissingAsOf: the filter has a window and ``as_of`` is None.

    Examples:
        >>> from autocrm.query.builder import F
        >>> bound = bind(within_last(F.vehicle.purchased_on, days=7), as_of=date(2026, 3, 1))
        >>> [(c.op, c.value) for c in bound.items]
        [('>=', datetime.date(2026, 2, 23)), ('<', datetime.date(2026, 3, 2))]
    """
    if isinstance(node, RelativeWindow):
        low, high = window_bounds(node, as_of=as_of)  # type: ignore[arg-type]
        return And((Compare(">=", node.field, low), Compare("<", node.field, high)))
    if isinstance(node, And):
        return And(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Or):
        return Or(tuple(bind(item, as_of=as_of) for item in node.items))
    if isinstance(node, Not):
        return Not(bind(node.item, as_of=as_of))
    return node


def _window(
    target: FieldRef | Field,
    direction: Literal["past", "future"],
    years: int,
    months: int,
    days: int,
) -> RelativeWindow:
    return RelativeWindow(
        _field_of(target), years=years, months=months, days=days, direction=direction
    )


def within_last(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length ending at ``as_of`` (given at evaluation).

    The desk's "in the last eight months" is
    ``within_last(F.work_order.opened_at, months=8)`` (see
    [questions across conditions][sources-statistics-questions]).

    Examples:
        >>> from autocrm.query.builder import F
        >>> needs_as_of(within_last(F.work_order.opened_at, months=8))
        True
        >>> within_last(F.vehicle.insurer, months=8)
        Traceback (most recent call last):
        ...
        autocrm.query.errors.TypeMismatch: vehicle.insurer: a date window needs a date ...
    """
    return _window(target, "past", years, months, days)


def within_next(
    target: FieldRef | Field, *, years: int = 0, months: int = 0, days: int = 0
) -> RelativeWindow:
    """The value lies in the period of that length starting at ``as_of``.

    Examples:
        >>> from autocrm.query.builder import F
        >>> within_next(F.vehicle.insurance_renewal_on, days=30).direction
        'future'
    """
    return _window(target, "future", years, months, days)
