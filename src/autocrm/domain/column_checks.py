"""Field checks over whole columns: which values a record's constructor takes as they are.

Each function looks at the values of one field for many records at once and returns
the positions of those the field's own check would not take unchanged (refuse, or
convert first). A column whose values are all fine is decided in a few passes that
run in C (types, lengths, NUL characters); only a column with some value out of line
is looked at value by value. The checks are those of the domain's constructors
(``autocrm.domain.text.check_text``, ``autocrm.domain.time.require_aware``,
``autocrm.domain.money.is_money``, enumeration members, whole numbers), so a value
at none of the returned positions is one the constructor would accept and keep as
it is. A position returned says nothing about why: the constructor says that.

Examples:
    >>> from datetime import datetime
    >>> from autocrm.domain.time import CHINA_TZ
    >>> unfit_texts(["WO1", "", "WO3"], max_length=64)
    [1]
    >>> unfit_moments([datetime(2026, 1, 5, 9, tzinfo=CHINA_TZ), datetime(2026, 1, 5)])
    [1]
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal

from autocrm.domain._fields import MAX_INTEGER
from autocrm.domain.checks import check_collection, expect
from autocrm.domain.money import is_money
from autocrm.domain.text import NUL
from autocrm.errors import UnsupportedType, shown

__all__ = [
    "unfit_amounts",
    "unfit_counts",
    "unfit_members",
    "unfit_moments",
    "unfit_texts",
]


def _column(values: object) -> Sequence[object]:
    """``values`` as a sequence (a list or tuple as it is), or refused naming ``values``."""
    if type(values) is list or type(values) is tuple:
        return values
    listed: list[object] = list(check_collection(values, "values"))  # type: ignore[call-overload]
    return listed


def _flag(value: object, field: str) -> bool:
    return expect(value, bool, field=field)


def _present(values: Sequence[object], optional: bool) -> tuple[set[type], Sequence[object]]:
    """The types in a column and its values, both without ``None`` when the field is optional."""
    kinds = set(map(type, values))
    if optional and type(None) in kinds:
        kinds.discard(type(None))
        return kinds, [value for value in values if value is not None]
    return kinds, values


def _positions(values: Sequence[object], fits: Callable[[object], bool]) -> list[int]:
    return [i for i, value in enumerate(values) if not fits(value)]


def unfit_texts(
    values: Sequence[object],
    *,
    max_length: int | None,
    optional: bool = False,
    allow_blank: bool = False,
) -> list[int]:
    """Positions of the values a text field would not take as they are.

    A value fits when it is a ``str`` of at most ``max_length`` characters without
    NUL, not blank (unless ``allow_blank`` or ``optional``); ``None`` fits an
    ``optional`` field.

    Examples:
        >>> unfit_texts(["王建国", None, "x" * 300], max_length=200, optional=True)
        [2]
    """
    values = _column(values)
    if max_length is not None and (expect(max_length, int, field="max_length") < 0):
        msg = f"max_length: expected None or a whole number of at least 0, got {shown(max_length)}"
        raise UnsupportedType(msg, field="max_length", value=max_length)
    optional, allow_blank = _flag(optional, "optional"), _flag(allow_blank, "allow_blank")
    kinds, present = _present(values, optional)
    if not present:
        return []
    if kinds == {str}:
        texts: list[str] = present  # type: ignore[assignment]
        if (
            NUL not in "".join(texts)
            and (max_length is None or max(map(len, texts)) <= max_length)
            and (allow_blank or optional or all(map(str.strip, texts)))
        ):
            return []

    def fits(value: object) -> bool:
        if value is None:
            return optional
        return (
            type(value) is str
            and NUL not in value
            and (max_length is None or len(value) <= max_length)
            and (allow_blank or optional or bool(value.strip()))
        )

    return _positions(values, fits)


def unfit_moments(values: Sequence[object], *, optional: bool = False) -> list[int]:
    """Positions of the values a (timezone-aware) datetime field would not take as they are.

    A value fits when it is a ``datetime`` with a time zone that gives its offset;
    ``None`` fits an ``optional`` field.

    Examples:
        >>> from datetime import datetime, timezone
        >>> unfit_moments([None, datetime(2026, 1, 5, tzinfo=timezone.utc)], optional=True)
        []
    """
    values, optional = _column(values), _flag(optional, "optional")
    kinds, present = _present(values, optional)
    if not present:
        return []
    if kinds == {datetime} and None not in map(datetime.utcoffset, present):  # type: ignore[arg-type]
        return []

    def fits(value: object) -> bool:
        if value is None:
            return optional
        return type(value) is datetime and value.utcoffset() is not None

    return _positions(values, fits)


def unfit_members(
    values: Sequence[object], kind: type[enum.Enum], *, optional: bool = False
) -> list[int]:
    """Positions of the values that are not members of the enumeration ``kind``.

    ``None`` fits an ``optional`` field.

    Examples:
        >>> from autocrm.domain import Payer
        >>> unfit_members([Payer.SELF, "self", None], Payer)
        [1, 2]
    """
    values, optional = _column(values), _flag(optional, "optional")
    if not isinstance(kind, type) or not issubclass(kind, enum.Enum):
        msg = f"kind: expected an enumeration, got {shown(kind)}"  # type: ignore[unreachable]
        raise UnsupportedType(msg, field="kind", value=kind)
    kinds = set(map(type, values))
    if kinds == {kind} or (optional and kinds == {kind, type(None)}):
        return []
    return _positions(values, lambda value: type(value) is kind or (optional and value is None))


def unfit_amounts(values: Sequence[object], *, limit: Decimal | None = None) -> list[int]:
    """Positions of the values a money field would not take as they are.

    A value fits when it is a ``Decimal`` already to the fen (see
    ``autocrm.domain.money.is_money``) and, given a ``limit``, below it in size.

    Examples:
        >>> unfit_amounts([Decimal("420.50"), Decimal("1.5"), 3], limit=Decimal(10) ** 12)
        [1, 2]
    """
    values = _column(values)
    if limit is not None and not expect(limit, Decimal, field="limit").is_finite():
        msg = f"limit: expected a finite amount, got {shown(limit)}"
        raise UnsupportedType(msg, field="limit", value=limit)

    def fits(value: object) -> bool:
        return type(value) is Decimal and is_money(value) and (limit is None or abs(value) < limit)

    return _positions(values, fits)


def unfit_counts(values: Sequence[object], *, optional: bool = False) -> list[int]:
    """Positions of the values a count (a mileage, a version) would not take as they are.

    A value fits when it is an ``int`` (not a bool) from 0 to 2**31 - 1, the most an
    archive's ``INTEGER`` column keeps; ``None`` fits an ``optional`` field.

    Examples:
        >>> unfit_counts([15200, -1, True, None], optional=True)
        [1, 2]
    """
    values, optional = _column(values), _flag(optional, "optional")
    kinds = set(map(type, values))
    present = [value for value in values if value is not None] if type(None) in kinds else values
    kinds.discard(type(None))
    if kinds == {int} and (optional or len(present) == len(values)):
        numbers: list[int] = present  # type: ignore[assignment]
        if min(numbers) >= 0 and max(numbers) <= MAX_INTEGER:
            return []
    if not present and optional:
        return []
    return _positions(
        values,
        lambda value: (
            (value is None and optional) or (type(value) is int and 0 <= value <= MAX_INTEGER)
        ),
    )
